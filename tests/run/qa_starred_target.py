# Regression (was unsupported): starred assignment targets are rejected, although README lists tuple targets as
# supported and does not list starred targets among the unsupported features.
# Expected (CPython): "1 [2, 3] 4" / "a ['b', 'c']"
# Actual (spc run):   error: unsupported: starred assignment target  [unsupported]
import __static__

first, *mid, last = [1, 2, 3, 4]
print(first, mid, last)
for head, *tail in ["abc"]:
    print(head, tail)
