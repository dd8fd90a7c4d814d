# int64 arithmetic wraps around (two's complement); CPython's ints do not,
# so the compiled output is given in int64_wrap.expected.
import __static__
from __static__ import int64, box


def fnv(n: int64) -> int64:
    h: int64 = -3750763034362895579
    i: int64 = 0
    while i < n:
        h = h ^ (i & 255)
        h = h * 1099511628211
        i = i + 1
    return h


def main() -> None:
    big: int64 = 9223372036854775807
    print(box(big + 1))
    small: int64 = -9223372036854775807 - 1
    print(box(small - 1))
    m: int64 = 3037000500
    print(box(m * m))
    print(box(big * 2))
    print(box(fnv(10)))
    print(box(fnv(100)))
    x: int64 = 1
    i: int64 = 0
    while i < 70:
        x = x * 2
        i = i + 1
    print(box(x))


main()
