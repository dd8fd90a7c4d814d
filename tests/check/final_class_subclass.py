import __static__
from typing import final


@final
class A:
    pass


class Open:
    pass


class C(Open):
    pass


class B(A):  # error: Class `final_class_subclass.B` cannot subclass a Final class: `final_class_subclass.A`
    pass
