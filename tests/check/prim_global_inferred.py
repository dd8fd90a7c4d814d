import __static__
from __static__ import int64

a = 1
b = int64(2)  # error: cannot use primitives in global or closure scope
