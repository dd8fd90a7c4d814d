# Reading an object field that was never assigned raises AttributeError.
import __static__
from typing import Optional


class Lazy:
    name: str

    def __init__(self, set_it: bool) -> None:
        if set_it:
            self.name = "set"


def main() -> None:
    print(Lazy(True).name)
    print(Lazy(False).name)


main()
