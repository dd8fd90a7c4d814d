import __static__
from typing import ClassVar

a: int = 1
b: ClassVar[int] = 1  # error: ClassVar is allowed only in class attribute annotations.
