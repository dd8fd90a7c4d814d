import __static__


class C:
    x: "unknown_type"
    y: "Optional[Missing]"

    def __init__(self) -> None:
        self.x = 42


def f(a: "Nowhere") -> "Elsewhere":
    return a


def g(a: Nowhere) -> None:  # error: unknown type Nowhere
    pass
