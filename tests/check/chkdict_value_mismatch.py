import __static__
from __static__ import CheckedDict


def f() -> None:
    ok: CheckedDict[str, int] = {"a": 1}
    bad: CheckedDict[str, int] = {"a": "b"}  # error: type mismatch: chkdict[str, str] cannot be assigned to chkdict[str, int]
