import __static__
from __static__ import int64, box


memo: dict = {}


def ways(n: int) -> int:
    if n < 0:
        return 0
    if n == 0:
        return 1
    if n in memo:
        return memo[n]
    r = ways(n - 1) + ways(n - 2) + ways(n - 3)
    memo[n] = r
    return r


def hanoi(n: int64, src: str, dst: str, via: str, moves: list) -> None:
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)


def perms(xs: list) -> list:
    if len(xs) <= 1:
        return [xs[:]]
    out: list = []
    for i in range(len(xs)):
        rest = xs[:i] + xs[i + 1:]
        for p in perms(rest):
            out.append([xs[i]] + p)
    return out


def ackermann(m: int64, n: int64) -> int64:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def flatten(x: object) -> list:
    if isinstance(x, list):
        out: list = []
        for y in x:
            out.extend(flatten(y))
        return out
    return [x]


def depth_limit(n: int) -> int:
    return n if n == 0 else depth_limit(n - 1)


print(ways(10), ways(60))
mv: list = []
hanoi(4, "A", "C", "B", mv)
print(len(mv), mv[:5])
print(perms([1, 2, 3]))
print(box(ackermann(2, 3)), box(ackermann(3, 3)))
print(flatten([1, [2, [3, [4, []]], 5], "s"]))
print(depth_limit(500))
