# Regression (was a bug): @dataclasses.dataclass on a class of a static module is accepted
# without any diagnostic, but the compiled class does not get the dataclass-generated
# __init__/__repr__ (calling it with field arguments fails). Either support it or reject it
# with a clear "unsupported" error like other decorators.
# Expected (CPython): "P(x=1, y=0) True"
# Actual (spc run):   TypeError: P.__init__() takes 1 positional argument but 2 were given
import __static__
from dataclasses import dataclass


@dataclass
class P:
    x: int
    y: int = 0


print(P(1), P(1, 2) == P(1, 2))
