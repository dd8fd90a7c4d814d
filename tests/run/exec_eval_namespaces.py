from __future__ import annotations
# exec/eval/compile from compiled code use this module's future flags and namespaces,
# as they would from the module's own frame.

LIMIT = 10

exec("def g(y: int) -> str: pass\nprint(g.__annotations__)")
code = compile("x: int = 1", "<c>", "exec")
ns: dict = {}
exec(code, ns)
print(ns["__annotations__"])
code2 = compile("x: int = 1", "<c>", "exec", dont_inherit=True)
exec(code2, ns)
print(ns["__annotations__"])
print(eval("LIMIT * 2"), eval("  3 + 4"), eval(b"LIMIT - 1"))
exec("made_here = LIMIT + 1")
print(made_here)


class Holder:
    base = 5
    doubled = eval("base * 2")
    exec("tripled = base * 3")


print(Holder.doubled, Holder.tripled)


def in_function() -> None:
    a = 1
    b = [a, 2]
    print(eval("LIMIT + 100"), eval("a + b[1]"))
    exec("c = a + 1\nprint('exec locals', c, sorted(locals()))")
    exec("print('exec in function sees', LIMIT)")
    try:
        eval("1 +")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.filename)


def shadowed() -> None:
    eval = lambda s: "shadowed " + s   # a local eval is an ordinary call
    print(eval("x"))


in_function()
shadowed()
