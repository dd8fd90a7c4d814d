import __static__

x = 1


def f() -> None:
    print(x)
    global x  # error: name 'x' is used prior to global declaration
