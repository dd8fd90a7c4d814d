# A plain Python module (no `import __static__`) for the boundary tests.
loads = []
loads.append(1)


class Full(Exception):
    pass


def fill(n):
    if n > 2:
        raise Full
    return n


def helper():
    return "original"


def call_helper():
    return helper()
