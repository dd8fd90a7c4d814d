# Static objects stored in lists, dicts and tuples.
import __static__
from __static__ import int64, box


class Emp:
    def __init__(self, name: str, dept: str, pay: int64) -> None:
        self.name: str = name
        self.dept: str = dept
        self.pay: int64 = pay


def main() -> None:
    staff = [Emp("ann", "eng", 100), Emp("bob", "ops", 80), Emp("cy", "eng", 120)]
    by_dept: dict = {}
    for e in staff:
        x: Emp = e
        if x.dept not in by_dept:
            by_dept[x.dept] = []
        by_dept[x.dept].append(x)
    for dept in sorted(by_dept):
        total: int64 = 0
        names = []
        for e in by_dept[dept]:
            y: Emp = e
            total += y.pay
            names.append(y.name)
        print(dept, names, box(total))
    pair = (staff[0], staff[2])
    a: Emp = pair[0]
    print(a.name, len(pair))
    lookup = {"bob": staff[1]}
    b: Emp = lookup["bob"]
    print(b.dept, box(b.pay))


main()
