# Word counting with CheckedDict[str, int] and get with a default.
import __static__
from __static__ import CheckedDict, int64, box, clen


def count(words: list) -> CheckedDict[str, int]:
    d: CheckedDict[str, int] = {}
    for w in words:
        s: str = w
        if s in d:
            d[s] = d[s] + 1
        else:
            d[s] = 1
    return d


def main() -> None:
    text = "the cat and the hat and the bat"
    d = count(text.split())
    for k in sorted(d):
        print(k, d[k])
    print(box(clen(d)), d.get("dog", -1), "cat" in d)
    best = ""
    n = 0
    for k, v in d.items():
        if v > n:
            best = k
            n = v
    print(best, n)


main()
