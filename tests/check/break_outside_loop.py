import __static__


def f() -> None:
    for i in range(3):
        break
    break  # error: 'break' outside loop
