import __static__
from __static__ import CheckedDict
from typing import Optional


def f() -> None:
    x = CheckedDict[int, str]({42: 'abc'})
    x.setdefault(100, 43)  # error: type mismatch: Literal[43] received for positional arg 2, expected Optional[str]
    x.setdefault('a', None)  # error: type mismatch: str received for positional arg 1, expected int
    y: Optional[str] = x.setdefault(1, 'b')
    z: Optional[str] = x.get(42)
    x.get('k')  # error: type mismatch: str received for positional arg 1, expected int
    x.pop('k')  # error: type mismatch: str received for positional arg 1, expected int
    x.pop(42)
    x.get(42, 'dflt')
    x.get(42, 7)  # error: type mismatch: Literal[7] received for positional arg 2, expected Optional[str]
