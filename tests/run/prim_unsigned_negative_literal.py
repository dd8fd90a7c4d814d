import __static__
from __static__ import uint32, uint16, box


def mix(n: uint32) -> None:
    print(box(n * -3), box(-1 + n), box(n - -5), box(n ** -2))


def small() -> None:
    h: uint16 = 9
    print(box(h + -10), box(h ** -1))


mix(7)
small()
