import __static__

COUNT: int = 0
NAME: str = ""


def bump() -> None:
    global COUNT, NAME
    COUNT = 1
    NAME = 2  # error: type mismatch: Literal[2] cannot be assigned to str
