# Passing assertions have no effect.
import __static__
from __static__ import int64, box


def checked(n: int64) -> int64:
    assert n >= 0
    assert n < 1000, "too big"
    return n + 1


def main() -> None:
    x = [1, 2]
    assert x
    assert len(x) == 2, "length"
    print(box(checked(5)))
    assert True
    print("ok")


main()
