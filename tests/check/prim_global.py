import __static__
from __static__ import int64

x: int64 = 1  # error: cannot use primitives in global or closure scope
