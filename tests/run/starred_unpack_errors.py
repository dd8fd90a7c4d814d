# Starred and plain unpacking: loops, nesting, and CPython's error messages.
import __static__

for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
(a, *b), c = (1, 2, 3), 4
print(a, b, c)
*init, last = "xyz"
print(init, last)
x, y = [1, 2]
print(x, y)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print(e)
try:
    first, *rest, final = [1]
except ValueError as e:
    print(e)
try:
    m, n = 5
except TypeError as e:
    print(e)
u, *v, w = range(2)
