# CheckedDict construction, get/set/contains/len/items/keys/values, pop and get.
import __static__
from __static__ import CheckedDict, int64, box, clen


def main() -> None:
    d: CheckedDict[str, int] = {"a": 1, "b": 2}
    d["c"] = 3
    d["a"] = 10
    print(sorted(d.items()), box(clen(d)), len(d))
    print("a" in d, "z" in d, d.get("z"), d.get("b"))
    total = 0
    for k in d:
        total += d[k]
    print(total)
    print(sorted(d.keys()), sorted(d.values()))
    print(d.pop("b"), sorted(d))
    e = CheckedDict[int, str]({1: "one"})
    e[2] = "two"
    print(e[1], e[2], len(e))


main()
