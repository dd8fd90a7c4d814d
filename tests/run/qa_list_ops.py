import __static__
from __static__ import int64, box
import bisect


def rotate(xs: list, k: int) -> list:
    if not xs:
        return xs
    k = k % len(xs)
    return xs[-k:] + xs[:-k]


def chunks(xs: list, n: int) -> list:
    return [xs[i:i + n] for i in range(0, len(xs), n)]


def dedupe(xs: list) -> list:
    seen: set = set()
    out: list = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def main() -> None:
    xs = list(range(10))
    print(rotate(xs, 3), rotate(xs, -2), rotate([], 5))
    print(chunks(xs, 4))
    xs[2:5] = ["a", "b"]
    print(xs)
    del xs[::3]
    print(xs)
    xs[::2] = [0] * len(xs[::2])
    print(xs, xs.count(0))
    ys = [5, 1, 4, 1, 5, 9, 2, 6]
    print(dedupe(ys), sorted(ys, reverse=True), ys.index(9))
    ys.sort()
    print(ys, ys[-1], ys[len(ys) // 2])
    bisect.insort(ys, 3)
    print(ys, bisect.bisect_left(ys, 5), bisect.bisect_right(ys, 5))
    pairs = [("b", 2), ("a", 2), ("c", 1)]
    pairs.sort(key=str)
    print(pairs)
    nested = [[1, 2], [3], []]
    print(sum(nested, []), [len(n) for n in nested], nested[0][1], nested[-2])
    stack: list = []
    stack.append(1)
    stack.extend([2, 3])
    stack.insert(0, 0)
    print(stack.pop(), stack.pop(0), stack, stack * 2, [0] * 3)
    m = [[0] * 3 for _ in range(3)]
    m[1][1] = 5
    print(m, list(zip(m[0], m[1], m[2])), list(reversed(m[1])))
    i: int64 = 2
    print(m[i], xs[i], box(i))
    try:
        print(xs[100])
    except IndexError as e:
        print("IndexError:", e)
    print(list(enumerate("ab", 1)), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
    print(any([]), all([]), min(3, 1, 2), max([1, 5], [2]), sorted(["b", "A", "c"], key=str.lower))


main()
