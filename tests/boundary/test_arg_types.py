"""Plain Python passing wrong / right types to compiled functions (STATIC_PYTHON.md §3.1)."""
import bmod
from bcheck import check, raises, finish, module_is_compiled

COMPILED = module_is_compiled(bmod)

# Accepted values.
check("fib(10)", bmod.fib(10), 55)
check("add64(True, 1): bool is an int", bmod.add64(True, 1), 2)
check("half(3.0)", bmod.half(3.0), 1.5)
check("opt_len(None)", bmod.opt_len(None), -1)
check("opt_len('abc')", bmod.opt_len("abc"), 3)
check("opt_pipe()", bmod.opt_pipe(), "none")
check("opt_pipe(None)", bmod.opt_pipe(None), "none")
check("opt_pipe('x')", bmod.opt_pipe("x"), "x")
check("flip(True)", bmod.flip(True), False)
check("greet('bob')", bmod.greet("bob"), "hi bob")
check("anything([1])", bmod.anything([1]), [1])
check("anything(None)", bmod.anything(None), None)
check("untyped('ab')", bmod.untyped("ab"), "abab")
check("floaty(3): float params are not checked", bmod.floaty(3), 6)
check("floaty('ab')", bmod.floaty("ab"), "abab")
check("flagged(False)", bmod.flagged(False), True)


class MyStr(str):
    pass


check("greet(subclass of str)", bmod.greet(MyStr("sub")), "hi sub")
check("opt_len(subclass of str)", bmod.opt_len(MyStr("four")), 4)

if COMPILED:
    TE = TypeError
    raises("fib('x')", TE, "fib expected 'int' for argument n, got 'str'", bmod.fib, "x")
    raises("fib(1.5)", TE, "fib expected 'int' for argument n, got 'float'", bmod.fib, 1.5)
    raises("fib(None)", TE, "fib expected 'int' for argument n, got 'NoneType'", bmod.fib, None)
    raises("fib(n='x') by keyword", TE, "fib expected 'int' for argument n, got 'str'",
           bmod.fib, n="x")
    raises("add64('x', 1)", TE, "add64 expected 'int' for argument a, got 'str'",
           bmod.add64, "x", 1)
    raises("add64(1, 2.0)", TE, "add64 expected 'int' for argument b, got 'float'",
           bmod.add64, 1, 2.0)
    raises("half(3): int for double", TE, "half expected 'float' for argument d, got 'int'",
           bmod.half, 3)
    raises("half('3')", TE, "half expected 'float' for argument d, got 'str'", bmod.half, "3")
    raises("flip(1): int for cbool", TE, "flip expected 'bool' for argument c, got 'int'",
           bmod.flip, 1)
    raises("greet(1)", TE, "greet expected 'str' for argument name, got 'int'", bmod.greet, 1)
    raises("greet(None)", TE, "greet expected 'str' for argument name, got 'NoneType'",
           bmod.greet, None)
    raises("opt_len(5)", TE, "opt_len expected 'str' for argument s, got 'int'",
           bmod.opt_len, 5)
    raises("flagged(1)", TE, "flagged expected 'bool' for argument b, got 'int'",
           bmod.flagged, 1)
    raises("kw(1, c='x') keyword-only checked", TE, "kw expected 'int' for argument c, got 'str'",
           bmod.kw, 1, c="x")
    raises("mixed(1, 2)", TE, "mixed expected 'str' for argument s, got 'int'", bmod.mixed, 1, 2)
    raises("mixed(1, 's', 2)", TE, "mixed expected 'float' for argument d, got 'int'",
           bmod.mixed, 1, "s", 2)
    raises("mixed(1, 's', flag=0)", TE, "mixed expected 'bool' for argument flag, got 'int'",
           bmod.mixed, 1, "s", flag=0)

finish()
