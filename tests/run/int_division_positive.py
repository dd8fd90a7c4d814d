# With non-negative operands primitive division agrees with Python's //.
import __static__
from __static__ import int64, box


def digits_sum(n: int64) -> int64:
    s: int64 = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


def main() -> None:
    print(box(digits_sum(1234567890)))
    a: int64 = 1000003
    b: int64 = 97
    print(box(a // b), box(a % b))
    print(box(a - (a // b) * b == a % b))


main()
