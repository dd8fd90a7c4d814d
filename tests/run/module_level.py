# Module-level code: statements, loops, globals, calls (no primitives at module level).
import __static__
from __static__ import int64, box


def square(x: int64) -> int64:
    return x * x


total = 0
for i in range(5):
    total += i
print("total", total)

names = ["x", "y"]
if len(names) > 1:
    print("many", names)
else:
    print("few")

while total > 3:
    total -= 4
print("left", total)

print("square", box(square(12)))
a, b = 1, 2
print(a + b)
