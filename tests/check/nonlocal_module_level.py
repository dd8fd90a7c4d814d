# `nonlocal` names a variable of an enclosing function; there is none at module level.
x = 1
nonlocal x  # error: nonlocal declaration not allowed at module level


def f() -> int:
    y = 1

    def g() -> None:
        nonlocal y
        y = 2
    g()
    return y
