"""DeltaBlue — an incremental one-way dataflow constraint solver (Freeman-Benson and
Maloney): constraints with strengths are added and removed, the planner keeps a
"walkabout strength" per variable and extracts execution plans. Tuned Static Python:
int64 strengths/marks/values, cbool flags, @final leaf classes, @inline strength
comparisons, CheckedList[Constraint] / CheckedList[Variable] work lists with clen.
run(n) runs n rounds of the chain test and the projection test (100 variables each)
and returns a checksum of the values the tests observed plus 10**9 per failed check.
"""
from __future__ import annotations

import __static__
from __static__ import CheckedList, box, cbool, clen, inline, int64
from typing import Final, Optional, final

DEFAULT_N: Final[int] = 200
QUICK_N: Final[int] = 2

# strengths: smaller is stronger
REQUIRED: Final[int] = 0
STRONG_PREFERRED: Final[int] = 1
PREFERRED: Final[int] = 2
STRONG_DEFAULT: Final[int] = 3
NORMAL: Final[int] = 4
WEAK_DEFAULT: Final[int] = 5
WEAKEST: Final[int] = 6

# directions of a binary constraint
NONE: Final[int] = 0
FORWARD: Final[int] = 1
BACKWARD: Final[int] = 2

failures: int = 0


@inline
def stronger(a: int64, b: int64) -> cbool:
    return a < b


@inline
def weaker(a: int64, b: int64) -> cbool:
    return a > b


@inline
def weakest_of(a: int64, b: int64) -> int64:
    return a if a > b else b


def fail() -> None:
    global failures
    failures += 1


class Constraint:
    def __init__(self, strength: int64) -> None:
        self.strength: int64 = strength

    @final
    def add_constraint(self) -> None:
        self.add_to_graph()
        planner.incremental_add(self)

    @final
    def satisfy(self, mark: int64) -> Optional[Constraint]:
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == 0:
                fail()
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            fail()
        out.mark = mark
        return overridden

    @final
    def destroy_constraint(self) -> None:
        if self.is_satisfied():
            planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self) -> cbool:
        return False

    def add_to_graph(self) -> None:
        raise NotImplementedError

    def choose_method(self, mark: int64) -> None:
        raise NotImplementedError

    def is_satisfied(self) -> cbool:
        raise NotImplementedError

    def mark_inputs(self, mark: int64) -> None:
        raise NotImplementedError

    def output(self) -> Variable:
        raise NotImplementedError

    def recalculate(self) -> None:
        raise NotImplementedError

    def mark_unsatisfied(self) -> None:
        raise NotImplementedError

    def inputs_known(self, mark: int64) -> cbool:
        raise NotImplementedError

    def remove_from_graph(self) -> None:
        raise NotImplementedError

    def execute(self) -> None:
        raise NotImplementedError


class UnaryConstraint(Constraint):
    def __init__(self, v: Variable, strength: int64) -> None:
        Constraint.__init__(self, strength)
        self.my_output: Variable = v
        self.satisfied: cbool = False
        self.add_constraint()

    def add_to_graph(self) -> None:
        self.my_output.add_constraint(self)
        self.satisfied = False

    def choose_method(self, mark: int64) -> None:
        out = self.my_output
        self.satisfied = out.mark != mark and stronger(self.strength, out.walk_strength)

    def is_satisfied(self) -> cbool:
        return self.satisfied

    def mark_inputs(self, mark: int64) -> None:
        pass

    def output(self) -> Variable:
        return self.my_output

    def recalculate(self) -> None:
        out = self.my_output
        out.walk_strength = self.strength
        out.stay = not self.is_input()
        if out.stay:
            self.execute()

    def mark_unsatisfied(self) -> None:
        self.satisfied = False

    def inputs_known(self, mark: int64) -> cbool:
        return True

    def remove_from_graph(self) -> None:
        self.my_output.remove_constraint(self)
        self.satisfied = False

    def execute(self) -> None:
        pass


@final
class StayConstraint(UnaryConstraint):
    pass


@final
class EditConstraint(UnaryConstraint):
    def is_input(self) -> cbool:
        return True


class BinaryConstraint(Constraint):
    def __init__(self, v1: Variable, v2: Variable, strength: int64) -> None:
        Constraint.__init__(self, strength)
        self.v1: Variable = v1
        self.v2: Variable = v2
        self.direction: int64 = 0
        self.add_constraint()

    def choose_method(self, mark: int64) -> None:
        v1 = self.v1
        v2 = self.v2
        if v1.mark == mark:
            if v2.mark != mark and stronger(self.strength, v2.walk_strength):
                self.direction = 1
            else:
                self.direction = 0
            return
        if v2.mark == mark:
            if v1.mark != mark and stronger(self.strength, v1.walk_strength):
                self.direction = 2
            else:
                self.direction = 0
            return
        if weaker(v1.walk_strength, v2.walk_strength):
            if stronger(self.strength, v1.walk_strength):
                self.direction = 2
            else:
                self.direction = 0
        else:
            if stronger(self.strength, v2.walk_strength):
                self.direction = 1
            else:
                self.direction = 0

    def add_to_graph(self) -> None:
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = 0

    def is_satisfied(self) -> cbool:
        return self.direction != 0

    def mark_inputs(self, mark: int64) -> None:
        self.input().mark = mark

    @final
    def input(self) -> Variable:
        if self.direction == 1:
            return self.v1
        return self.v2

    def output(self) -> Variable:
        if self.direction == 1:
            return self.v2
        return self.v1

    def recalculate(self) -> None:
        ihn = self.input()
        out = self.output()
        out.walk_strength = weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self) -> None:
        self.direction = 0

    def inputs_known(self, mark: int64) -> cbool:
        i = self.input()
        return i.mark == mark or i.stay or cbool(i.determined_by is None)

    def remove_from_graph(self) -> None:
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.direction = 0

    def execute(self) -> None:
        pass


@final
class ScaleConstraint(BinaryConstraint):
    def __init__(self, src: Variable, scale: Variable, offset: Variable, dest: Variable,
                 strength: int64) -> None:
        self.scale: Variable = scale
        self.offset: Variable = offset
        BinaryConstraint.__init__(self, src, dest, strength)

    def add_to_graph(self) -> None:
        BinaryConstraint.add_to_graph(self)
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)

    def remove_from_graph(self) -> None:
        BinaryConstraint.remove_from_graph(self)
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)

    def mark_inputs(self, mark: int64) -> None:
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self) -> None:
        if self.direction == 1:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self) -> None:
        ihn = self.input()
        out = self.output()
        out.walk_strength = weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


@final
class EqualityConstraint(BinaryConstraint):
    def execute(self) -> None:
        self.output().value = self.input().value


@final
class Variable:
    def __init__(self, name: str, value: int64) -> None:
        self.name: str = name
        self.value: int64 = value
        self.constraints: CheckedList[Constraint] = []
        self.determined_by: Optional[Constraint] = None
        self.mark: int64 = 0
        self.walk_strength: int64 = 6
        self.stay: cbool = True

    def add_constraint(self, c: Constraint) -> None:
        self.constraints.append(c)

    def remove_constraint(self, c: Constraint) -> None:
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None


@final
class Plan:
    def __init__(self) -> None:
        self.steps: CheckedList[Constraint] = []

    def add_constraint(self, c: Constraint) -> None:
        self.steps.append(c)

    def execute(self) -> None:
        for c in self.steps:
            c.execute()


@final
class Planner:
    def __init__(self) -> None:
        self.current_mark: int64 = 0

    def incremental_add(self, c: Constraint) -> None:
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c: Constraint) -> None:
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength: int64 = 0
        while strength != 6:
            for u in unsatisfied:
                if u.strength == strength:
                    self.incremental_add(u)
            strength += 1

    def new_mark(self) -> int64:
        self.current_mark += 1
        return self.current_mark

    def make_plan(self, sources: CheckedList[Constraint]) -> Plan:
        mark = self.new_mark()
        plan = Plan()
        todo = sources
        while clen(todo) > 0:
            c = todo.pop(0)
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.add_constraint(c)
                out.mark = mark
                self.add_constraints_consuming_to(out, todo)
        return plan

    def extract_plan_from_constraints(self, constraints: CheckedList[Constraint]) -> Plan:
        sources: CheckedList[Constraint] = []
        for c in constraints:
            if c.is_input() and c.is_satisfied():
                sources.append(c)
        return self.make_plan(sources)

    def add_propagate(self, c: Constraint, mark: int64) -> cbool:
        todo: CheckedList[Constraint] = [c]
        while clen(todo) > 0:
            d = todo.pop(0)
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out: Variable) -> CheckedList[Constraint]:
        out.determined_by = None
        out.walk_strength = 6
        out.stay = True
        unsatisfied: CheckedList[Constraint] = []
        todo: CheckedList[Variable] = [out]
        while clen(todo) > 0:
            v = todo.pop(0)
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming_to(self, v: Variable,
                                     coll: CheckedList[Constraint]) -> None:
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                coll.append(c)


planner: Planner = Planner()


def chain_test(n: int64) -> int64:
    """A chain v0 = v1 = ... = vn; editing v0 must propagate to vn."""
    global planner
    planner = Planner()
    prev: Optional[Variable] = None
    first: Variable = Variable("first", 0)
    last: Variable = first
    i: int64 = 0
    while i <= n:
        v = Variable("v%d" % box(i), 0)
        if prev is not None:
            EqualityConstraint(prev, v, 0)
        if i == 0:
            first = v
        if i == n:
            last = v
        prev = v
        i += 1
    StayConstraint(last, 3)
    edit = EditConstraint(first, 2)
    edits: CheckedList[Constraint] = [edit]
    plan = planner.extract_plan_from_constraints(edits)
    total: int64 = 0
    i = 0
    while i < 100:
        first.value = i
        plan.execute()
        if last.value != i:
            fail()
        total += last.value
        i += 1
    edit.destroy_constraint()
    return total


def change(v: Variable, new_value: int64) -> None:
    edit = EditConstraint(v, 2)
    edits: CheckedList[Constraint] = [edit]
    plan = planner.extract_plan_from_constraints(edits)
    i: int64 = 0
    while i < 10:
        v.value = new_value
        plan.execute()
        i += 1
    edit.destroy_constraint()


def projection_test(n: int64) -> int64:
    """dst_i = src_i * scale + offset for n pairs; edits flow in both directions."""
    global planner
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src: Variable = scale
    dst: Variable = scale
    dests: CheckedList[Variable] = []
    i: int64 = 0
    while i < n:
        src = Variable("src%d" % box(i), i)
        dst = Variable("dst%d" % box(i), i)
        dests.append(dst)
        StayConstraint(src, 4)
        ScaleConstraint(src, scale, offset, dst, 0)
        i += 1
    total: int64 = 0
    change(src, 17)
    total += dst.value
    if dst.value != 1170:
        fail()
    change(dst, 1050)
    total += src.value
    if src.value != 5:
        fail()
    change(scale, 5)
    i = 0
    while i < n - 1:
        d = dests[i]
        total += d.value
        if d.value != i * 5 + 1000:
            fail()
        i += 1
    change(offset, 2000)
    i = 0
    while i < n - 1:
        d = dests[i]
        total += d.value
        if d.value != i * 5 + 2000:
            fail()
        i += 1
    return total


def run(n: int) -> int:
    global failures
    failures = 0
    total: int64 = 0
    i: int64 = 0
    rounds: int64 = int64(n)
    while i < rounds:
        total += chain_test(100)
        total += projection_test(100)
        i += 1
    return box(total) + failures * 1000000000


if __name__ == "__main__":
    print(run(DEFAULT_N))
