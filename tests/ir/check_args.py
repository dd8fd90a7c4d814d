# Python-facing entries check their typed arguments: CHECK_ARGS, then the body.
import __static__
from typing import Optional


def greet(name: str, times: int, suffix: Optional[str] = None) -> str:
    if suffix is not None:
        return name * times + suffix
    return name * times
