import __static__


def later_annotation(flag) -> None:
    x = None
    if flag:
        x: str = "foo"  # error: Cannot redefine local variable x


def annotated_first(flag) -> None:
    x: str = "a"
    if flag:
        x = "foo"


def other_function() -> None:
    y = 1


def own_annotation() -> None:
    y: str = "b"


def same_type_first(n: int) -> None:
    z = 1
    z: int = 2
