# Lists and dicts built and mutated from static code.
import __static__
from __static__ import int64, box


def histogram(words: list) -> dict:
    h = {}
    for w in words:
        if w in h:
            h[w] += 1
        else:
            h[w] = 1
    return h


def squares(n: int64) -> list:
    out = []
    i: int64 = 0
    while i < n:
        out.append(box(i * i))
        i += 1
    return out


def main() -> None:
    h = histogram("the cat and the hat and the bat".split())
    print(h)
    print(sorted(h.items()), h.get("dog", 0), "cat" in h)
    sq = squares(8)
    print(sq, sq[3], sq[-2:], sum(sq))
    sq.reverse()
    sq.pop()
    sq.insert(0, -1)
    print(sq, sq.index(49), len(sq))
    del sq[0]
    print(sq)
    d = dict(a=1, b=2)
    d.update({"c": 3})
    print(d, list(d.keys()), list(d.values()))
    t = tuple(sq)
    print(t[:3], len(t))


main()
