import __static__


class C:
    pass


def f() -> C:
    return C(1)  # error: Mismatched number of args for class_construct_no_init_args.C. Expected 0, got 1
