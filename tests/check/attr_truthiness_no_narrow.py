import __static__
from typing import Optional


class Box:
    def __init__(self) -> None:
        self.item: Optional[str] = None
        self.count: Optional[int] = None

    def by_truth(self) -> str:
        if self.item:
            return self.item  # error: mismatched types: expected str because of return type, found Optional[str] instead
        return ""

    def by_none_test(self) -> str:
        if self.item is not None:
            return self.item
        return ""

    def cleared_by_bool(self, flag) -> int:
        if self.count is not None:
            if flag:   # flag.__bool__ may run code that resets self.count
                return self.count  # error: mismatched types: expected int because of return type, found Optional[int] instead
            return self.count  # error: mismatched types: expected int because of return type, found Optional[int] instead
        return 0
