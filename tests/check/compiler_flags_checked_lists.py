import __static__
from __static__.compiler_flags import checked_lists
from typing import List


def ok():
    a = [1, 2, 3, 4]
    return a


def bad():
    a: List[int] = [1, 2, 3, 4]  # error: type mismatch: chklist[int] cannot be assigned to list
    return a
