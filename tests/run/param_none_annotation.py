import __static__


def reset(x: None) -> None:
    print("reset", x)


def call_dyn(f, v) -> None:
    try:
        f(v)
    except TypeError:
        print("TypeError")


reset(None)
call_dyn(reset, None)
