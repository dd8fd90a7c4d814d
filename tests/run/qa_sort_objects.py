import __static__
from operator import attrgetter
from functools import cmp_to_key


class Emp:
    def __init__(self, name: str, dept: str, salary: int) -> None:
        self.name = name
        self.dept = dept
        self.salary = salary

    def __lt__(self, other: "Emp") -> bool:
        return self.salary < other.salary

    def __repr__(self) -> str:
        return f"{self.name}({self.salary})"


def by_dept_then_name(a: Emp, b: Emp) -> int:
    if a.dept != b.dept:
        return -1 if a.dept < b.dept else 1
    return (a.name > b.name) - (a.name < b.name)


staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 95),
         Emp("di", "ops", 90), Emp("ed", "hr", 70)]
print(sorted(staff))
print(sorted(staff, key=attrgetter("name"), reverse=True))
print(sorted(staff, key=cmp_to_key(by_dept_then_name)))
print(min(staff), max(staff))
staff.sort(key=attrgetter("dept"))
print(staff)
totals: dict = {}
for e in staff:
    totals[e.dept] = totals.get(e.dept, 0) + e.salary
print(sorted(totals.items()))
