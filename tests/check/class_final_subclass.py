import __static__
from typing import final


@final
class A:
    pass


class B(A):  # error: Class `class_final_subclass.B` cannot subclass a Final class: `class_final_subclass.A`
    pass
