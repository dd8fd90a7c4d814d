from __future__ import annotations

import __static__
from __static__ import box, cast, cbool, inline, int64
from typing import Final

K_WORK: Final[int] = 3


class Packet:
    def __init__(self, link: Packet | None, ident: int64) -> None:
        self.link: Packet | None = link
        self.ident: int64 = ident
        self.datum: int64 = 0
        self.data: list[int] = [0] * 4

    def append_to(self, lst: Packet | None) -> Packet:
        self.link = None
        if lst is None:
            return self
        p = lst
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return lst


class TaskState:
    def __init__(self) -> None:
        self.packet_pending: cbool = True
        self.task_waiting: cbool = False
        self.task_holding: cbool = False

    @inline
    def is_waiting_with_packet(self) -> cbool:
        return self.packet_pending and self.task_waiting and not self.task_holding


class Task(TaskState):
    def __init__(self, i: int64, inp: Packet | None) -> None:
        TaskState.__init__(self)
        self.ident: int64 = i
        self.input: Packet | None = inp
        self.count: int64 = int64(K_WORK)

    def fn(self, pkt: Packet | None) -> Task | None:
        raise NotImplementedError

    def run(self) -> Task | None:
        if TaskState.is_waiting_with_packet(self):
            msg = self.input
            if msg is not None:
                self.input = msg.link
                return self.fn(msg)
        return self.fn(None)


class DeviceTask(Task):
    def fn(self, pkt: Packet | None) -> Task | None:
        if pkt is None:
            return cast(Task | None, None)
        self.count -= 1
        pkt.data[self.count] = box(pkt.ident)
        return self


def run(n: int64) -> int:
    t = DeviceTask(1, Packet(None, 0))
    i: int64 = 0
    while i < n:
        r = t.run()
        if r is not None:
            t = cast(DeviceTask, r)
        i += 1
    return box(t.count)
