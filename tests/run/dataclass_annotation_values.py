# Annotations of a dynamic class body (a dataclass) are evaluated as CPython does:
# ClassVar[int] is typing's object, not its source text.
import __static__
from dataclasses import dataclass, InitVar, fields
from typing import ClassVar, List, Optional


class SomeField:
    pass


@dataclass
class C:
    x: str
    y: ClassVar[int]
    z: InitVar[SomeField]
    w: Optional["C"] = None
    v: List[int] = None


print(C.__annotations__)
print([(f.name, f.type) for f in fields(C)])
print(C.__dataclass_fields__["y"]._field_type, C.__dataclass_fields__["z"]._field_type)
