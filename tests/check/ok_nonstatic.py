import sys


def f(x, y=2):
    z = x + y
    z.whatever().more[1] = 3
    return z


def g(n: int) -> str:
    return str(n) + "!"


for i in range(3):
    print(f(i), g(i), sys.argv[0:1])
