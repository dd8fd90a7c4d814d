"""Primitive returns are boxed; compiled functions look like functions from Python."""
import bmod
from bcheck import check, finish, module_is_compiled

module_is_compiled(bmod)

check("add64 -> int", bmod.add64(2, 3), 5)
check("neg8 -> int (sign-extended)", bmod.neg8(5), -5)
check("inc_u8 -> int", bmod.inc_u8(7), 8)
check("half -> float", bmod.half(5.0), 2.5)
check("is_pos(3) -> bool", bmod.is_pos(3), True)
check("is_pos(-3) -> bool", bmod.is_pos(-3), False)
check("flip(False) -> bool", bmod.flip(False), True)
check("nothing() -> None", bmod.nothing(), None)
check("fib(20)", bmod.fib(20), 6765)
check("is_pos result is the True singleton", bmod.is_pos(1) is True, True)

for name in ["fib", "f", "add64", "neg8", "inc_u8", "half", "is_pos", "flip", "greet",
             "opt_len", "anything", "untyped", "kw", "kwonly", "mixed", "nothing"]:
    fn = getattr(bmod, name)
    check(name + " callable", callable(fn), True)
    check(name + ".__name__", fn.__name__, name)
    check(name + ".__module__", fn.__module__, "bmod")
    check(name + ".__qualname__", getattr(fn, "__qualname__", None), name)

check("module __name__", bmod.__name__, "bmod")
fns = [bmod.fib, bmod.f]
check("functions in a list work", [g(5) for g in fns], [5, 6])
check("map over compiled fn", list(map(bmod.f, [1, 2])), [2, 3])
check("sorted with compiled key", sorted([3, -1, 2], key=bmod.f), [-1, 2, 3])

finish()
