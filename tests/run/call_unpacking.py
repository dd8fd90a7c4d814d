# Calls with *iterable and **mapping arguments, and CPython's errors for them.
import __static__


def f(a, b, c=3, d=4):
    return (a, b, c, d)


args = [1, 2]
print(f(*args), f(0, *args[:1], d=9), f(*"ab", **dict(c=5)), f(**{"a": 1, "b": 2}))
print(*[1, 2, 3], sep="-")
print(max(*[4, 9, 2]), "{}-{}".format(*("a", "b")), "{x}".format(**{"x": 7}))
try:
    f(1, 2, **{"a": 3})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(1, b=2, **{"b": 3})
except TypeError as e:
    print(e)
try:
    f(1, **[2])
except TypeError as e:
    print(e)
