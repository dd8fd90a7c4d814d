import __static__


def f(x, x):  # error: duplicate argument 'x' in function definition
    pass
