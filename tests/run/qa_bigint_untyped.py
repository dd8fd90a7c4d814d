import __static__


def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def powmod_demo() -> None:
    print(pow(3, 200, 1000007), 2 ** 100, (-7) // 2, (-7) % 3, 7 // -2, divmod(-17, 5))
    print(10 ** 30 // 7, -(10 ** 20) % 13, abs(-2 ** 70), int("9" * 40) + 1)
    x = 1 << 100
    print(x >> 98, x & (x - 1), x | 1, hex(x), (x - 1).bit_length())


print(fact(30))
print(fib(150))
powmod_demo()
print(sum(range(10 ** 6, 10 ** 6 + 10)), round(2.675, 2), round(7.5), round(-0.5), 7 / 2, 1e300 * 1e10)
