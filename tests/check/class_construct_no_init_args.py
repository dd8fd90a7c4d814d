import __static__


class C:
    pass


def f() -> C:
    return C(1)  # error: class_construct_no_init_args.C() takes no arguments
