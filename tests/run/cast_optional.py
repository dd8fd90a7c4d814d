# __static__.cast on objects and Optional values.
import __static__
from __static__ import cast
from typing import Optional


def as_str(o: object) -> str:
    return cast(str, o)


def maybe_len(o: object) -> int:
    s: Optional[str] = cast(Optional[str], o)
    if s is None:
        return -1
    return len(s)


def main() -> None:
    print(as_str("hello").upper())
    print(maybe_len("four"), maybe_len(None))
    xs: list = cast(list, [3, 2, 1])
    xs.sort()
    print(xs)


main()
