# Regression (was a bug): integer literals outside [-(2**63-1), 2**63-1] in a primitive context become 0.
# -9223372036854775808 (INT64_MIN) assigned to an int64, and uint64 literals above
# INT64_MAX (e.g. 18446744073709551615) assigned to a uint64 both read as 0.
# Expected: -9223372036854775808 / 18446744073709551615 / 9223372036854775808
# Actual (spc run): 0 / 0 / 0
import __static__
from __static__ import int64, uint64, box


def f() -> None:
    a: int64 = -9223372036854775808
    print(box(a))
    b: uint64 = 18446744073709551615
    print(box(b))
    c: uint64 = 9223372036854775808
    print(box(c))


f()
