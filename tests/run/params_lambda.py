import __static__

add_all = lambda *xs: sum(xs)
kwnames = lambda **kw: sorted(kw)
mixed = lambda a, /, b=2, *c, d, e=5, **f: (a, b, c, d, e, f)
print(add_all(), add_all(1, 2, 3), kwnames(z=1, a=2), mixed(1, d=4), mixed(1, 2, 3, d=4, g=7))


def outer(n: int) -> list:
    def inner(*args, scale=1, **kw):
        return [a * scale for a in args] + sorted(kw)
    return inner(n, n + 1, scale=10, q=1)


print(outer(2))
print(mixed.__name__, mixed.__defaults__, mixed.__kwdefaults__, mixed.__code__.co_varnames)
for call in (lambda: mixed(), lambda: mixed(1), lambda: mixed(a=1, d=2), lambda: add_all(x=1)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
