import __static__


class Base:
    pass


class Leaf(Base):
    pass


def label(flag: bool) -> str:
    x = None
    if flag:
        x = "set"
    reveal_type(x)  # error: reveal_type(x): 'Optional[str]', 'x' has declared type 'dynamic' and local type 'Optional[str]'
    if x is not None:
        return x
    return ""


def pick(flag: bool) -> Base:
    b = Base()
    if flag:
        b = Leaf()
    return b   # Base on one path, Leaf on the other: a Base
