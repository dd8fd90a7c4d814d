import __static__
from __static__ import CheckedDict
from typing import Optional


def f() -> None:
    x = CheckedDict[int, str]({42: 'abc'})
    x.setdefault(100, 43)  # error: type mismatch: int received for positional arg '', expected Optional[str]
    x.setdefault('a', None)  # error: type mismatch: str received for positional arg '', expected int
    y: Optional[str] = x.setdefault(1, 'b')
    z: Optional[str] = x.get(42)
    x.get('k')  # error: type mismatch: str received for positional arg '', expected int
    x.pop('k')  # error: type mismatch: str received for positional arg '', expected int
    x.pop(42)
