import __static__


def f(t: tuple) -> int:
    a, b = t
    c, *d = [1, 2, 3]
    a, b = b, a
    return a + c
