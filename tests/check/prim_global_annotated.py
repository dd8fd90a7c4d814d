import __static__
from __static__ import int64, double
from typing import Final

N: int = 1
X: int64 = 1  # error: cannot use primitives in global or closure scope
