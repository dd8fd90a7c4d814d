# A state machine: states are objects whose methods return the next state.
import __static__
from __static__ import int64, box
from typing import Optional


class State:
    def name(self) -> str:
        return "?"

    def next(self, ch: str) -> Optional["State"]:
        return None


class Start(State):
    def name(self) -> str:
        return "start"

    def next(self, ch: str) -> Optional[State]:
        if ch.isdigit():
            return DIGITS
        if ch == "-":
            return SIGN
        return None


class Sign(State):
    def name(self) -> str:
        return "sign"

    def next(self, ch: str) -> Optional[State]:
        if ch.isdigit():
            return DIGITS
        return None


class Digits(State):
    def name(self) -> str:
        return "digits"

    def next(self, ch: str) -> Optional[State]:
        if ch.isdigit():
            return self
        return None


START: State = Start()
SIGN: State = Sign()
DIGITS: State = Digits()


def accepts(s: str) -> bool:
    st: Optional[State] = START
    for ch in s:
        if st is None:
            return False
        st = st.next(ch)
    return st is not None and st.name() == "digits"


def main() -> None:
    for s in ["123", "-45", "-", "", "12a", "a1", "007"]:
        print(repr(s), accepts(s))


main()
