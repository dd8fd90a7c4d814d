import __static__
from typing import Final
from __static__ import CheckedList, CheckedDict

ok: CheckedDict[str, int] = {}
pairs: CheckedList[int, str] = []  # error: incorrect number of generic arguments for chklist[T], expected 1, got 2
index: CheckedDict[int] = {}  # error: incorrect number of generic arguments for chkdict[K, V], expected 2, got 1
LIMIT: Final[int, str] = 1  # error: incorrect number of generic arguments for Final[T], expected 1, got 2
