# box / unbox / cast / int64() / double() conversions between objects and primitives.
import __static__
from __static__ import int64, int8, double, box, unbox, cast


def twice(n: int) -> int:
    k: int64 = int64(n)
    return box(k * 2)


def to_double(n: int) -> double:
    return double(n)


def narrow(n: int64) -> int64:
    small: int8 = int8(n)
    return small


def main() -> None:
    print(twice(21))
    a: int = 40
    b: int64 = unbox(a)
    print(box(b + 2))
    c: int64 = int64(a) + 1
    print(box(c))
    print(box(to_double(3)), box(double(2.5)))
    f: float = 1.25
    d: double = double(f)
    print(box(d * 2.0))
    o: object = "text"
    s: str = cast(str, o)
    print(s.upper())
    x: object = box(b)
    print(isinstance(x, int), x)
    y: object = box(d)
    print(isinstance(y, float), y)
    print(box(narrow(100)))
    back: int64 = int64(box(b))
    print(box(back == b))


main()
