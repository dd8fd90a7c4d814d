# @inline module functions and methods (bodies are a single return).
import __static__
from __static__ import int64, double, cbool, box, inline


@inline
def sq(x: int64) -> int64:
    return x * x


@inline
def between(x: int64, lo: int64, hi: int64) -> cbool:
    return lo <= x and x <= hi


@inline
def avg(a: double, b: double) -> double:
    return (a + b) / 2.0


class Span:
    def __init__(self, lo: int64, hi: int64) -> None:
        self.lo: int64 = lo
        self.hi: int64 = hi

    @inline
    def width(self) -> int64:
        return self.hi - self.lo

    @inline
    def holds(self, x: int64) -> cbool:
        return between(x, self.lo, self.hi)


def main() -> None:
    t: int64 = 0
    i: int64 = 0
    while i < 10:
        t += sq(i)
        i += 1
    print(box(t), box(between(5, 1, 9)), box(between(0, 1, 9)), box(avg(1.0, 2.0)))
    s = Span(3, 8)
    print(box(Span.width(s)), box(Span.holds(s, 4)), box(Span.holds(s, 9)))


main()
