import __static__
from typing import final


class Base:
    @final
    def run(self) -> int:
        return 1

    def walk(self) -> int:
        return 2


class Child(Base):
    walk = print   # a plain method may be replaced
    run = print  # error: Cannot assign to a Final attribute of final_method_assign_override.Child:run
