import __static__
from typing import Dict, List, Optional


COUNTER = 0
CACHE: Dict[str, int] = {}


class Resource:
    opened: List[str] = []

    def __init__(self, name: str, fail: bool = False) -> None:
        self.name: str = name
        self.fail: bool = fail

    def __enter__(self) -> "Resource":
        Resource.opened.append(self.name)
        return self

    def __exit__(self, et: object, ev: object, tb: object) -> bool:
        Resource.opened.remove(self.name)
        return self.fail and et is KeyError


def bump(k: int) -> int:
    global COUNTER
    COUNTER += k
    return COUNTER


def parse(s: str) -> int:
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"bad {s!r}") from e


def memo(key: str) -> int:
    if key in CACHE:
        return CACHE[key]
    v = len(key) * 7
    CACHE[key] = v
    return v


def nested(x: int) -> str:
    out = []
    try:
        try:
            if x == 0:
                raise KeyError("k")
            out.append("try")
        except KeyError:
            out.append("inner")
            raise ValueError("v")
        else:
            out.append("else")
        finally:
            out.append("finally")
    except ValueError as e:
        out.append(f"outer:{e}")
    return ",".join(out)


def find(items: List[int], target: int) -> Optional[int]:
    for i, v in enumerate(items):
        if v == target:
            return i
    return None


def big() -> str:
    n = 1
    for i in range(1, 30):
        n *= i
    return f"{n} {n % 1000003} {pow(3, 200, 1000)} {divmod(-17, 5)} {round(2.5)} {round(3.5)} {2 ** -2}"


def text(s: str) -> List[str]:
    return [s.upper(), s.title(), s.replace("a", "4"), s[::-1], s.center(11, "*"),
            "|".join(sorted(set(s))), s.encode().hex(), f"{len(s):03d}"]


def main() -> None:
    print(bump(2), bump(3), COUNTER)
    try:
        parse("x1")
    except RuntimeError as e:
        print(e, type(e.__cause__).__name__)
    print(memo("abc"), memo("abc"), sorted(CACHE.items()))
    print(nested(0), nested(1))
    with Resource("a"):
        with Resource("b", fail=True):
            print(Resource.opened)
            raise KeyError("swallowed")
    print(Resource.opened)
    try:
        with Resource("c"):
            raise KeyError("kept")
    except KeyError as e:
        print("escaped", e, Resource.opened)
    print(find([4, 5, 6], 6), find([], 1))
    print(big())
    print(text("banana"))
    pairs = sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: p[1], reverse=True)
    print(pairs, dict(pairs) | {"z": 0})
    try:
        list(zip([1, 2], [3], strict=True))
    except ValueError as e:
        print("ValueError", e)
    x = [1, 2, 3]
    del x[1]
    print(x, "{a}-{b}".format_map({"a": 1, "b": 2}))


main()
