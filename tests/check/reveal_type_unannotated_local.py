import __static__


class C:
    pass


def f() -> None:
    c = C()
    reveal_type(c)  # error: reveal_type(c): 'Exact[reveal_type_unannotated_local.C]', 'c' has declared type 'dynamic' and local type 'Exact[reveal_type_unannotated_local.C]'
