import __static__
from dataclasses import dataclass, InitVar


def f(x: InitVar[int]) -> None:  # error: InitVar is allowed only in class attribute annotations.
    y: InitVar[int] = 3  # error: InitVar is allowed only in class attribute annotations.


@dataclass
class C:
    x: InitVar[int]

    def __post_init__(self, x: int) -> None:
        pass
