import __static__
from typing import Final

A: Final[int] = 1
B: Final  # error: Must assign a value when declaring a Final
