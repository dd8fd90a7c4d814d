import __static__
from __static__ import int64, box, crange


def find(xs: list, target: int) -> str:
    for i, x in enumerate(xs):
        if x == target:
            break
    else:
        return "not found"
    return f"found at {i}"


def first_factor(n: int64) -> int64:
    d: int64 = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return n
    return d


def count_down(n: int64) -> list:
    out: list = []
    while n:
        out.append(box(n))
        n -= 1
    return out


def nested_break() -> list:
    found: list = []
    for i in range(5):
        for j in range(5):
            if i * j == 6:
                found.append((i, j))
                break
            if j > i:
                continue
        else:
            found.append(("no break", i))
    return found


def skip_odd(n: int64) -> int64:
    s: int64 = 0
    for i in crange(n):
        if i % 2:
            continue
        if i > 10:
            break
        s += i
    return s


print(find([3, 5, 7], 5), find([3, 5, 7], 4), find([], 1))
print([box(first_factor(int64(v))) for v in [2, 9, 15, 17, 91, 97]])
print(count_down(5), count_down(0))
print(nested_break())
print(box(skip_odd(100)))
