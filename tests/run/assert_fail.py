# A failing assertion with a message, uncaught, two frames deep.
import __static__
from __static__ import int64, box


def checked(n: int64) -> int64:
    assert n < 10, "value too large"
    return n


def main() -> None:
    print(box(checked(3)))
    print(box(checked(30)))


main()
