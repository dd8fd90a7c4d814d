import __static__
from typing import Final

X: Final[int]  # error: Must assign a value when declaring a Final
