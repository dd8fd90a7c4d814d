import __static__
from __static__ import int64, unbox, cast, box


def g(*args: object) -> None:
    pass


def forms(o: object) -> None:
    n: int64 = 3
    g(*(1, 2))
    g(*n)  # error: starred expression cannot be primitive
    m: int64 = unbox(o)
    k: int64 = unbox(o, o)  # error: unbox only accepts a single argument
    s = cast(int, o)
    t = cast(n, int)  # error: Call argument cannot be a primitive
    print(box(m + k), s, t)
