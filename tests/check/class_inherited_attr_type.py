import __static__


class A:
    def __init__(self) -> None:
        self.x: int = 1


class B(A):
    def __init__(self) -> None:
        self.x: str = ""  # error: Cannot change type of inherited attribute (inherited type 'int')
