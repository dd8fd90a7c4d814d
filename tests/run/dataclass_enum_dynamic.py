# Dynamic classes: dataclasses (need __annotations__), IntEnum bodies using earlier names.
from __future__ import annotations
import __static__
import enum
from dataclasses import dataclass, field
from typing import Optional

class Color(enum.IntEnum):
    RED = 1
    GREEN = RED + 1

@dataclass(frozen=True)
class Pt:
    x: int
    tags: list = field(default_factory=list)
    name: Optional[str] = None

print(Pt(1), Pt(2, ["a"], "n") == Pt(2, ["a"], "n"), Color.GREEN, Color(2).name)
