"""int_kernel.py without Static Python: the same algorithm as plain, unannotated Python
(no `import __static__`). spc compiles it as a dynamic module; bench.py compares it
with the typed version."""

DEFAULT_N = 150000


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def collatz_len(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def popcount(x):
    c = 0
    while x:
        c += x & 1
        x >>= 1
    return c


def lcg(x):
    return (x * 1103515245 + 12345) & 2147483647


def kernel(n):
    primes = 0
    longest = 0
    bits = 0
    seed = 42
    i = 1
    while i <= n:
        if is_prime(i):
            primes += 1
        c = collatz_len(i)
        if c > longest:
            longest = c
        seed = lcg(seed)
        bits += popcount(seed)
        i += 1
    return primes * 1000000000 + longest * 1000000 + bits % 1000000


def main(n):
    return kernel(n)


if __name__ == "__main__":
    print(main(DEFAULT_N))
