# LOAD_GLOBAL after stores to other globals: the slow path's hint (the keys object and
# entry of the name) and its checks: a global shadowing a builtin, then deleted, the
# globals cleared and refilled.
import __static__
import builtins
X = 1
def f() -> list:
    global X, len
    out = []
    for i in range(4):
        X = X + 1            # moves the globals' version every step
        out.append((X, len("ab")))
        if i == 1:
            len = lambda s: 99   # a global now shadows the builtin
        if i == 2:
            del len
    return out
def g() -> list:
    global X
    out = []
    for i in range(3):
        X = i
        out.append(X)
        globals().clear() if False else None
    d = globals()
    saved = dict(d)
    d.clear()
    d.update(saved)
    X = 7
    out.append(X)
    out.append(len([1]))
    return out
print(f(), g())
