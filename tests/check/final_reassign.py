import __static__
from typing import Final

X: Final[int] = 5
X = 6  # error: Cannot assign to a Final variable
