# Chains of typed int arithmetic keep their intermediates unboxed (an int64 that is boxed
# only when the next operation takes its generic path): results past 2**30 and 2**63,
# big and negative operands, int subclasses, ZeroDivisionError with an unboxed operand,
# comparisons of unboxed results, in loops (the same temps on every iteration).
import __static__


class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) - int(other))


def poly(i: int, j: int) -> int:
    return (i + j) * (i + j + 1) // 2 + i + 1


def mixed(a: int, b: int, c: int) -> int:
    return (a * b - c) % 1000003 + (a - b) * (c + 1) // 7 - (a ^ c | b & 255)


def big(a: int, b: int) -> int:
    return (a * a * a * b + 1) * (b - a) // 3


def divides(a: int, b: int, c: int) -> int:
    try:
        return (a + b) // (c - c) + 1
    except ZeroDivisionError as e:
        return -1


def smaller(a: int, b: int) -> bool:
    return a * 3 + 1 < b * b - 2


def main() -> None:
    t = 0
    for i in range(300):
        for j in range(0, 3000, 37):
            t += poly(i, j)
    print("poly", t)
    print(poly(2 ** 29, 2 ** 29), poly(-7, 3), poly(10 ** 20, 5))
    acc = 0
    for k in range(-50, 50):
        acc += mixed(k * 1000, k - 3, 2 ** 29 + k)
    print("mixed", acc)
    print(big(2 ** 20, 3), big(2 ** 29 - 1, 2 ** 29 - 1), big(-(2 ** 25), 7), big(3, 10 ** 30))
    print(divides(1, 2, 3), divides(2 ** 40, 1, 0))
    print([smaller(x, y) for x in (0, 5, 2 ** 29, -(2 ** 40)) for y in (0, 4, 2 ** 15, 2 ** 31)])
    print(poly(True, 2), mixed(MyInt(5), 3, 4), poly(MyInt(7), MyInt(2)))


main()
