import __static__


def f() -> None:
    reveal_type(1)  # error: reveal_type(1): 'Literal[1]'
    reveal_type("s")  # error: reveal_type("s"): 'str'
    reveal_type(None)  # error: reveal_type(None): 'None'
    reveal_type({})  # error: reveal_type({}): 'dict'
