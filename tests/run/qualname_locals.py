def f():
    def g():
        def h():
            pass
        return h
    class K:
        def m(self):
            def inner():
                pass
            return inner
        class N:
            def n(self):
                pass
    lam = lambda: 0
    return g, g(), K, K.m, K().m(), K.N, K.N.n, lam


class C:
    def m(self):
        def h():
            pass
        class L:
            pass
        return h, L, (lambda: 1)

    class Inner:
        def im(self):
            return [x for x in ()]


async def co():
    def inside():
        pass
    return inside


for o in f():
    print(o.__qualname__, getattr(o, "__name__", None))
for o in C().m():
    print(o.__qualname__)
print(C.Inner.__qualname__, C.Inner.im.__qualname__, C.m.__qualname__)
c = co()
try:
    c.send(None)
except StopIteration as e:
    print(e.value.__qualname__)
print(c.__qualname__)


def uses_locals(a, b=2):
    x = a + b
    print(sorted(locals().items()))
    def inner():
        return x
    y = inner()
    print(sorted(k for k in locals()))
    return y


uses_locals(1)
