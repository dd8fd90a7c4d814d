# Deeply nested generators hit the recursion limit (RecursionError), not the C stack.
import sys
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"
print(list(deep(100)))
try:
    list(deep(100000))
except RecursionError as e:
    print("RecursionError")
