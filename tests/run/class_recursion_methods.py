# Recursion through methods (direct and mutual).
import __static__
from __static__ import int64, box


class Math:
    def __init__(self) -> None:
        self.calls: int64 = 0

    def fact(self, n: int64) -> int64:
        self.calls += 1
        if n <= 1:
            return 1
        return n * self.fact(n - 1)

    def is_even(self, n: int64) -> bool:
        if n == 0:
            return True
        return self.is_odd(n - 1)

    def is_odd(self, n: int64) -> bool:
        if n == 0:
            return False
        return self.is_even(n - 1)

    def ack(self, m: int64, n: int64) -> int64:
        if m == 0:
            return n + 1
        if n == 0:
            return self.ack(m - 1, 1)
        return self.ack(m - 1, self.ack(m, n - 1))


def main() -> None:
    m = Math()
    print(box(m.fact(10)), box(m.calls))
    print(m.is_even(10), m.is_odd(7), m.is_even(7))
    print(box(m.ack(2, 3)))


main()
