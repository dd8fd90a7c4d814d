import __static__


class A:
    def __init__(self) -> None:
        self.x: int = 0
        self.y: int = 0


class B(A):
    def __init__(self) -> None:
        self.y: int = 1
        self.x: str = ""  # error: Cannot change type of inherited attribute (inherited type 'int')
