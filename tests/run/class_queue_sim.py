# A FIFO queue of jobs in a CheckedList with pop(0) and append.
import __static__
from __static__ import CheckedList, int64, box, clen


class Job:
    def __init__(self, ident: int64, work: int64) -> None:
        self.ident: int64 = ident
        self.work: int64 = work


def simulate(quantum: int64) -> str:
    q: CheckedList[Job] = []
    i: int64 = 1
    while i <= 4:
        q.append(Job(i, i * 3))
        i += 1
    order = []
    clock: int64 = 0
    while clen(q) > 0:
        j = q.pop(0)
        if j.work > quantum:
            j.work -= quantum
            clock += quantum
            q.append(j)
        else:
            clock += j.work
            order.append(str(box(j.ident)) + "@" + str(box(clock)))
    return " ".join(order)


def main() -> None:
    print(simulate(2))
    print(simulate(5))


main()
