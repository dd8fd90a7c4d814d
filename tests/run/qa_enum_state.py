import __static__
from enum import Enum, IntEnum
from __static__ import int64, box


class State(IntEnum):
    IDLE = 0
    RUNNING = 1
    DONE = 2


class Color(Enum):
    RED = "r"
    GREEN = "g"


class Machine:
    def __init__(self) -> None:
        self.state = State.IDLE
        self.steps: int64 = 0
        self.trace: list = []

    def step(self, event: str) -> None:
        old = self.state
        if self.state == State.IDLE and event == "start":
            self.state = State.RUNNING
        elif self.state == State.RUNNING and event == "tick":
            self.steps += 1
            if self.steps >= 3:
                self.state = State.DONE
        elif event == "reset":
            self.state = State.IDLE
            self.steps = 0
        self.trace.append((event, old.name, self.state.name))


def main() -> None:
    m = Machine()
    for ev in ["tick", "start", "tick", "tick", "bogus", "tick", "tick", "reset"]:
        m.step(ev)
    for t in m.trace:
        print(t)
    print(box(m.steps), m.state, int(State.DONE), State(1), State.RUNNING < State.DONE)
    print(Color.RED, Color("g"), Color.GREEN.value, [c.name for c in Color], len(State))


main()
