import __static__
import sys
from __static__ import int64, box


def validate(xs: list) -> int64:
    bad: int64 = 0
    for x in xs:
        if not isinstance(x, int):
            print(f"invalid: {x!r}", file=sys.stderr)
            bad += 1
    return bad


n = box(validate([1, "a", 2.5, 3]))
print("bad count", n)
if n:
    sys.exit(n + 1)
print("unreachable")
