# Augmented assignment on primitives and objects.
import __static__
from __static__ import int64, double, box


def main() -> None:
    a: int64 = 10
    a += 5
    a -= 3
    a *= 4
    a //= 5
    a %= 7
    a <<= 3
    a >>= 1
    a |= 64
    a &= 127
    a ^= 5
    print(box(a))
    d: double = 1.0
    d += 2.5
    d *= 2.0
    d -= 1.0
    d /= 4.0
    print(box(d))
    s = "ab"
    s += "cd"
    s *= 2
    print(s)
    l = [1]
    l += [2, 3]
    print(l)
    n: int = 7
    n *= n * n
    n //= 2
    n -= 1
    print(n)
    items = {"k": 1}
    items["k"] += 10
    print(items)


main()
