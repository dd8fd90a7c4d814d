# `not x` is inline for True, False and None and goes through the truth test for
# everything else: __bool__, __len__, numbers, containers, and a __bool__ that raises.
class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        if self.v is None:
            raise ValueError("no truth")
        return self.v


class L:
    def __len__(self):
        return 0


def neg(x):
    return not x


def flags(task_holding, packet_pending, task_waiting):
    return task_holding or (not packet_pending and task_waiting)


for v in (True, False, None, 0, 1, -1, 0.0, 2.5, "", "a", [], [0], {}, (), B(True), B(False), L(), object):
    print(repr(v) if not isinstance(v, (B, L)) else type(v).__name__, neg(v), not not v)
try:
    neg(B(None))
except ValueError as e:
    print("ValueError", e)
n = 0
for i in range(1000):
    if flags(i % 3 == 0, i % 5 == 0, i % 2 == 0):
        n += 1
print(n, flags(False, False, None), flags(None, True, True))
