import __static__


class C:
    def __init__(self) -> None:
        self.x: Missing = None  # error: unknown type Missing
