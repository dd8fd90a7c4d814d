# % and // on double primitives follow CPython's float semantics (sign of the divisor,
# floor), including signed zeros, infinities and ZeroDivisionError.
import __static__
from __static__ import double, box

def mod(a: double, b: double) -> double:
    return a % b

def fdiv(a: double, b: double) -> double:
    return a // b

def aug(a: double) -> double:
    a %= 3.0
    a //= 0.5
    return a

vals = [7.5, -7.5, 0.0, -0.0, 1e300, 2.0, -2.0, 0.1, float("inf"), float("-inf")]
for x in vals:
    for y in [2.0, -2.0, 0.3, -0.3, float("inf"), float("-inf"), 1e-300]:
        print(x, y, box(mod(double(x), double(y))), box(fdiv(double(x), double(y))))
print(box(aug(10.25)), box(aug(-4.0)))
for f in (mod, fdiv):
    try:
        f(1.0, 0.0)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(box(mod(double(float("nan")), 1.0)), box(fdiv(1.0, double(float("nan")))))
