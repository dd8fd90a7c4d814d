import __static__


class C:
    x: int

    def __init__(self) -> None:
        self.x: int = 1
        self.y = "dynamic field"


def use(c: C) -> int:
    return c.x
