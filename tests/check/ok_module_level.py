import __static__
from typing import Optional

counter: int = 0
names = ["a", "b"]
label: Optional[str] = None


def bump() -> int:
    global counter
    counter += 1
    return counter


for n in names:
    bump()
if label is None:
    label = "x"
print(counter, label, __name__)
