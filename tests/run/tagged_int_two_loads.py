# Two loads of one tagged int variable whose uses both need the object (lower.c,
# box_tagged): the second box must be the first one, never a second box written over
# it. x % x and x // x on 0 send both loads down the slow path; xs[i] += f(xs, i) boxes
# the index for the call, then the store's IndexError path boxes its own load of i.
import __static__
from typing import List


def clear(xs: List[int], i: int) -> int:
    xs.clear()
    return i


def self_ops(x: int) -> List[str]:
    x = x * 1
    out: List[str] = []
    for k in range(3):
        try:
            out.append(str(x % x))
        except ZeroDivisionError as e:
            out.append('mod ' + str(e))
        try:
            out.append(str(x // x + x))
        except ZeroDivisionError as e:
            out.append('div ' + str(e))
        out.append(str(x is x))
        x = x * 5 + k
    return out


def aug_index(n: int) -> str:
    xs: List[int] = [7] * (n + 1)
    i: int = n * 1
    try:
        xs[i] += clear(xs, i)
    except IndexError as e:
        return 'IndexError %s %d %s' % (e, i, xs)
    return 'ok'


def aug_index_neg(n: int) -> str:
    xs: List[int] = [7] * (n + 1)
    i: int = -n - 1
    xs[i] += clear(xs, i) if i > 0 else i
    ys: List[int] = [1, 2, 3]
    j: int = i % 3
    ys[j] += j * 2**40
    return '%s %s %d %d' % (xs, ys, i, j)


print(self_ops(0))
print(self_ops(3))
print(self_ops(-2**29))
for n in (0, 5, 300, 2**20):
    print(aug_index(n))
for n in (0, 5, 300):
    print(aug_index_neg(n))
