import __static__
from typing import Final, List

A: Final[List[str]] = []
B: List[Final[str]] = []  # error: Final annotation is only valid in initial declaration of attribute or module-level constant
