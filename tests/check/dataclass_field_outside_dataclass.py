import __static__
from dataclasses import field


class C:
    x: str = field(default="foo")  # error: type mismatch: dataclasses.Field cannot be assigned to str
    y: object = field(default=1)
    z: str = "ok"
