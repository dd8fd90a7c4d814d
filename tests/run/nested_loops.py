# Nested loops over primitives and objects with break/continue in inner loops.
import __static__
from __static__ import int64, box


def pythagorean(limit: int64) -> int64:
    count: int64 = 0
    a: int64 = 1
    while a < limit:
        b: int64 = a
        while b < limit:
            c: int64 = b
            while c < limit:
                if a * a + b * b == c * c:
                    count += 1
                    break
                c += 1
            b += 1
        a += 1
    return count


def grid() -> None:
    for row in range(4):
        line = ""
        for col in range(4):
            if col > row:
                break
            if col == 1:
                continue
            line += str(row * col) + " "
        print(line)


def main() -> None:
    print(box(pythagorean(30)))
    grid()


main()
