# Final module constants, used from static code.
import __static__
from __static__ import int64, box
from typing import Final

LIMIT: Final[int] = 10
NAME: Final[str] = "spc"
RATIO: Final[float] = 0.5
DEBUG: Final[bool] = False
NOTHING: Final = None


def count_to_limit() -> int64:
    i: int64 = 0
    lim: int64 = int64(LIMIT)
    while i < lim:
        i += 1
    return i


def main() -> None:
    print(LIMIT, NAME, RATIO, DEBUG, NOTHING)
    print(box(count_to_limit()))
    print(LIMIT * 2, NAME.upper(), RATIO * 4)
    if not DEBUG:
        print("release")


main()
