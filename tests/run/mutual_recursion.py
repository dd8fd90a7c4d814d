# Mutually recursive static functions and recursion with several parameters.
import __static__
from __static__ import int64, cbool, box


def is_even(n: int64) -> cbool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int64) -> cbool:
    if n == 0:
        return False
    return is_even(n - 1)


def ackermann(m: int64, n: int64) -> int64:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(n: int64, src: str, dst: str, via: str, moves: list) -> None:
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)


def main() -> None:
    print(box(is_even(10)), box(is_odd(7)), box(is_even(3)))
    print(box(ackermann(2, 3)), box(ackermann(3, 3)))
    moves = []
    hanoi(4, "A", "C", "B", moves)
    print(len(moves), moves[:5])


main()
