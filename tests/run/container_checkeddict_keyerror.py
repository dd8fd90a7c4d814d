# Missing keys raise KeyError from a CheckedDict.
import __static__
from __static__ import CheckedDict


def main() -> None:
    d: CheckedDict[str, int] = {"a": 1}
    print(d["a"])
    print(d["missing"])


main()
