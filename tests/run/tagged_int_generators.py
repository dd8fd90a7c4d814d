# Generators keep tagged int variables in their frame slots: the GC visits and clears
# those slots (skipping tagged words), values cross 2**30 while suspended, the frame is
# collected, closed, thrown into, and the variables are read after resuming.
import __static__
import gc
from typing import Iterator, List


def counter(start: int, step: int, n: int) -> Iterator[int]:
    i: int = start
    k: int = 0
    while k < n:
        yield i
        i += step
        k += 1
    for j in range(3):
        yield j * step


def cycle_holder(n: int) -> Iterator[object]:
    me: List[object] = []
    total: int = 0
    for i in range(n):
        total += i
        me.append(me)          # a reference cycle through the frame's list
        gc.collect()           # the GC visits the suspended frame's slots
        yield total


def ranged(tag: str) -> Iterator[int]:
    try:
        for i in range(10):   # the loop variable is a tagged frame slot, yielded boxed
            yield i
    finally:
        print("close", tag)


def thrown() -> Iterator[int]:
    x: int = 5
    try:
        while True:
            x = x * 3
            yield x
    except ValueError:
        yield -x
    finally:
        print("finally", x)


print(list(counter((1 << 30) - 3, 2, 5)))
print(list(counter(-(1 << 30) + 1, -1, 3)))
print(list(cycle_holder(4)))
g = counter(0, 1 << 29, 10)
print(next(g), next(g), next(g), next(g))
gc.collect()
g.close()
t = thrown()
print(next(t), next(t), t.throw(ValueError), next(t, "end"))
t2 = thrown()
print(next(t2))
del t2
gc.collect()
r = ranged("a")
print(next(r), next(r))
del r
for x in ranged("b"):
    if x == 2:
        break
print("done")
