import __static__
from __static__ import CheckedDict, CheckedList, box, int64, clen


def group(words: list) -> CheckedDict[str, CheckedList[str]]:
    d = CheckedDict[str, CheckedList[str]]()
    for w in words:
        key = w[0]
        if key not in d:
            d[key] = CheckedList[str]()
        d[key].append(w)
    return d


def main() -> None:
    g = group(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"])
    for k in sorted(g.keys()):
        lst = g[k]
        print(k, list(lst), box(clen(lst)))
    counts = CheckedDict[str, int]({"a": 1, "b": 2})
    counts["c"] = 3
    print(counts.get("a"), counts.get("z"), counts.get("z", 0))
    print(counts.setdefault("d", 4), counts.setdefault("a", 100))
    print(sorted(counts.items()), len(counts))
    print(counts.pop("b"), "b" in counts, sorted(counts.values()))
    nums = CheckedList[int]([5, 3, 8, 1])
    nums.sort()
    nums.insert(0, 0)
    nums.extend([9, 10])
    print(list(nums), nums[1], nums[-1], nums[1:3], nums.count(3), 8 in nums)
    nums.remove(8)
    nums.reverse()
    print(list(nums), nums.pop(0), len(nums))
    total: int64 = 0
    for n in nums:
        total += int64(n)
    print(box(total))


main()
