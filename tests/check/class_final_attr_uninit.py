import __static__
from typing import Final


class C:
    x: Final[int]  # error: Final attribute not initialized: class_final_attr_uninit.C:x
