import __static__
from typing import Annotated


def ok(x: Annotated[int, "meta"]) -> int:
    return x


def bad(x: Annotated[int]) -> None:  # error: Annotated types must be parametrized by at least one annotation.
    pass
