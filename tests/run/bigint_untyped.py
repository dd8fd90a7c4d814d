# Arbitrary-precision ints in untyped code.
import __static__


def power_table():
    print(2 ** 100)
    print(-(3 ** 50))
    print(10 ** 30 // 7, 10 ** 30 % 7)
    print((2 ** 64 + 1) * (2 ** 64 - 1))


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def big_typed(n: int) -> int:
    return n * n * n


power_table()
print(factorial(30))
print(big_typed(2 ** 40))
print(-7 // 2, -7 % 2, 7 // -2, 2 ** -1)
