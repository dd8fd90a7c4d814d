# Regression (was a bug): after a try/except statement, an inferred local that was assigned
# BEFORE the try (and never reassigned inside it) loses its type and becomes `dynamic`.
# Realistic code then fails to compile, e.g. box(c.v) -> "can't box non-primitive: dynamic",
# cl[k] with k: int64 -> "Call argument cannot be a primitive".
# (After a `with` statement the type is kept, as expected.)
# Expected: compiles; prints "3" and "2" (CPython prints the same).
# Actual (spc check): line 24: error: can't box non-primitive: dynamic  [box]
#                     line 34: error: Call argument cannot be a primitive  [primitive]
import __static__
from __static__ import int64, box, CheckedList


class C:
    def __init__(self) -> None:
        self.v: int64 = 3


def a() -> None:
    c = C()
    try:
        pass
    except ValueError:
        pass
    print(box(c.v))


def b() -> None:
    cl = CheckedList[int]([1, 2, 3])
    k: int64 = 1
    try:
        pass
    except ValueError:
        pass
    print(cl[k])


a()
b()
