# A module without `import __static__`: every parameter kind, compiled as plain Python.
import inspect


def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    return (a, b, c, args, d, e, kw)


class K:
    def __init__(self, *a, **k):
        self.a, self.k = a, k

    def m(self, x, /, *y, z=0):
        return (x, y, z)


print(f(0, d=1), f(0, 1, 2, 3, 4, d=5, x=6), f(*range(3), **{"d": 9, "b": 8}))
print(K(1, 2, q=3).a, K(q=4).k, K().m(1, 2, 3, z=4))
print(inspect.signature(f), inspect.signature(K.m), inspect.signature(K))
g = [f][0]
for call in (lambda: g(), lambda: g(1), lambda: g(1, b=2, d=3), lambda: K().m(x=1),
             lambda: K().m(1, z=1, w=2)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
