# Recursion: fib over int64 and over boxed int.
import __static__
from __static__ import int64, box


def fib(n: int64) -> int64:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_obj(n: int) -> int:
    if n < 2:
        return n
    return fib_obj(n - 1) + fib_obj(n - 2)


def fact(n: int) -> int:
    if n <= 1:
        return 1
    return n * fact(n - 1)


def main() -> None:
    i: int64 = 0
    while i <= 20:
        print(box(i), box(fib(i)))
        i = i + 1
    print(fib_obj(15))
    print(fact(25))


main()
