import __static__
from typing import Annotated


def f(x: Annotated[int, "meta"]) -> str:
    return x  # error: mismatched types: expected str because of return type, found int instead
