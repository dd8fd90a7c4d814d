"""Richards — Martin Richards' operating-system simulation (idle task, worker, two
packet handlers, two devices exchanging packets through a priority scheduler).
Tuned Static Python: int64/cbool fields, @final leaf classes and methods, @inline
state predicates, packet buffers in Array[int64], the task table cast back to Task.
run(n) simulates n complete schedules and returns a checksum built from the hold and
queue-packet counters of each schedule (one schedule must give hold_count == 9297 and
qpkt_count == 23246).
"""
import __static__
from __static__ import Array, box, cast, cbool, inline, int64
from typing import Final, Optional, final

DEFAULT_N: Final[int] = 20
QUICK_N: Final[int] = 1

I_IDLE: Final[int] = 1
I_WORK: Final[int] = 2
I_HANDLERA: Final[int] = 3
I_HANDLERB: Final[int] = 4
I_DEVA: Final[int] = 5
I_DEVB: Final[int] = 6

K_DEV: Final[int] = 1000
K_WORK: Final[int] = 1001

BUFSIZE: Final[int] = 4
TASKTABSIZE: Final[int] = 10
CHAR_A: Final[int] = 65


@final
class Packet:
    def __init__(self, link: Optional["Packet"], ident: int64, kind: int64) -> None:
        self.link: Optional[Packet] = link
        self.ident: int64 = ident
        self.kind: int64 = kind
        self.datum: int64 = 0
        self.data: Array[int64] = Array[int64](4)

    def append_to(self, queue: Optional["Packet"]) -> "Packet":
        self.link = None
        if queue is None:
            return self
        p: Packet = queue
        nxt: Optional[Packet] = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return queue


@final
class DeviceRec:
    def __init__(self) -> None:
        self.pending: Optional[Packet] = None


@final
class IdleRec:
    def __init__(self) -> None:
        self.control: int64 = 1
        self.count: int64 = 10000


@final
class HandlerRec:
    def __init__(self) -> None:
        self.work_in: Optional[Packet] = None
        self.device_in: Optional[Packet] = None


@final
class WorkerRec:
    def __init__(self) -> None:
        self.destination: int64 = int64(I_HANDLERA)
        self.count: int64 = 0


@final
class Scheduler:
    """The shared work area: task table, task list and the two counters."""

    def __init__(self) -> None:
        self.table: list = [None] * TASKTABSIZE
        self.task_list: Optional[Task] = None
        self.hold_count: int64 = 0
        self.qpkt_count: int64 = 0


class Task:
    def __init__(self, ident: int64, priority: int64, queue: Optional[Packet],
                 pending: cbool, waiting: cbool, holding: cbool) -> None:
        s = sched
        self.link: Optional[Task] = s.task_list
        self.ident: int64 = ident
        self.priority: int64 = priority
        self.queue: Optional[Packet] = queue
        self.packet_pending: cbool = pending
        self.task_waiting: cbool = waiting
        self.task_holding: cbool = holding
        s.task_list = self
        s.table[ident] = self

    @final
    @inline
    def blocked(self) -> cbool:
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    @final
    @inline
    def waiting_with_packet(self) -> cbool:
        return self.packet_pending and self.task_waiting and not self.task_holding

    @final
    def add_packet(self, pkt: Packet, old: "Task") -> "Task":
        q = self.queue
        if q is None:
            self.queue = pkt
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            pkt.append_to(q)
        return old

    @final
    def run_task(self) -> Optional["Task"]:
        msg: Optional[Packet] = None
        if Task.waiting_with_packet(self):
            m = self.queue
            if m is not None:
                msg = m
                self.queue = m.link
            self.packet_pending = cbool(self.queue is not None)
            self.task_waiting = False
            self.task_holding = False
        return self.fn(msg)

    def fn(self, pkt: Optional[Packet]) -> Optional["Task"]:
        return None

    @final
    def wait_task(self) -> "Task":
        self.task_waiting = True
        return self

    @final
    def hold(self) -> Optional["Task"]:
        sched.hold_count += 1
        self.task_holding = True
        return self.link

    @final
    def find(self, ident: int64) -> "Task":
        return cast(Task, sched.table[ident])

    @final
    def release(self, ident: int64) -> "Task":
        t = self.find(ident)
        t.task_holding = False
        if t.priority > self.priority:
            return t
        return self

    @final
    def qpkt(self, pkt: Packet) -> "Task":
        t = self.find(pkt.ident)
        sched.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)


@final
class DeviceTask(Task):
    def __init__(self, ident: int64, priority: int64, queue: Optional[Packet],
                 pending: cbool, waiting: cbool, holding: cbool) -> None:
        Task.__init__(self, ident, priority, queue, pending, waiting, holding)
        self.rec: DeviceRec = DeviceRec()

    def fn(self, pkt: Optional[Packet]) -> Optional[Task]:
        d = self.rec
        if pkt is None:
            p = d.pending
            if p is None:
                return self.wait_task()
            d.pending = None
            return self.qpkt(p)
        d.pending = pkt
        return self.hold()


@final
class HandlerTask(Task):
    def __init__(self, ident: int64, priority: int64, queue: Optional[Packet],
                 pending: cbool, waiting: cbool, holding: cbool) -> None:
        Task.__init__(self, ident, priority, queue, pending, waiting, holding)
        self.rec: HandlerRec = HandlerRec()

    def fn(self, pkt: Optional[Packet]) -> Optional[Task]:
        h = self.rec
        if pkt is not None:
            if pkt.kind == 1001:
                h.work_in = pkt.append_to(h.work_in)
            else:
                h.device_in = pkt.append_to(h.device_in)
        work = h.work_in
        if work is None:
            return self.wait_task()
        count: int64 = work.datum
        if count >= 4:
            h.work_in = work.link
            return self.qpkt(work)
        dev = h.device_in
        if dev is None:
            return self.wait_task()
        h.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


@final
class IdleTask(Task):
    def __init__(self, ident: int64, priority: int64, queue: Optional[Packet],
                 pending: cbool, waiting: cbool, holding: cbool) -> None:
        Task.__init__(self, ident, priority, queue, pending, waiting, holding)
        self.rec: IdleRec = IdleRec()

    def fn(self, pkt: Optional[Packet]) -> Optional[Task]:
        i = self.rec
        i.count -= 1
        if i.count == 0:
            return self.hold()
        if i.control & 1 == 0:
            i.control = i.control // 2
            return self.release(5)
        i.control = (i.control // 2) ^ 0xD008
        return self.release(6)


@final
class WorkTask(Task):
    def __init__(self, ident: int64, priority: int64, queue: Optional[Packet],
                 pending: cbool, waiting: cbool, holding: cbool) -> None:
        Task.__init__(self, ident, priority, queue, pending, waiting, holding)
        self.rec: WorkerRec = WorkerRec()

    def fn(self, pkt: Optional[Packet]) -> Optional[Task]:
        w = self.rec
        if pkt is None:
            return self.wait_task()
        dest: int64 = 3
        if w.destination == 3:
            dest = 4
        w.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        data = pkt.data
        i: int64 = 0
        while i < 4:
            w.count += 1
            if w.count > 26:
                w.count = 1
            data[i] = 64 + w.count
            i += 1
        return self.qpkt(pkt)


sched: Scheduler = Scheduler()


def schedule() -> None:
    t: Optional[Task] = sched.task_list
    while t is not None:
        if Task.blocked(t):
            t = t.link
        else:
            t = t.run_task()


def one_run() -> int:
    s = sched
    s.hold_count = 0
    s.qpkt_count = 0
    s.task_list = None
    IdleTask(int64(I_IDLE), 1, None, False, False, False)
    q = Packet(None, 0, int64(K_WORK))
    q = Packet(q, 0, int64(K_WORK))
    WorkTask(int64(I_WORK), 1000, q, True, True, False)
    q = Packet(None, int64(I_DEVA), int64(K_DEV))
    q = Packet(q, int64(I_DEVA), int64(K_DEV))
    q = Packet(q, int64(I_DEVA), int64(K_DEV))
    HandlerTask(int64(I_HANDLERA), 2000, q, True, True, False)
    q = Packet(None, int64(I_DEVB), int64(K_DEV))
    q = Packet(q, int64(I_DEVB), int64(K_DEV))
    q = Packet(q, int64(I_DEVB), int64(K_DEV))
    HandlerTask(int64(I_HANDLERB), 3000, q, True, True, False)
    DeviceTask(int64(I_DEVA), 4000, None, False, True, False)
    DeviceTask(int64(I_DEVB), 5000, None, False, True, False)
    schedule()
    return box(s.hold_count * 100000 + s.qpkt_count)


def run(n: int) -> int:
    total: int = 0
    ok: int = 0
    for i in range(n):
        r = one_run()
        total += r
        if r == 9297 * 100000 + 23246:
            ok += 1
    return total * 1000 + ok


if __name__ == "__main__":
    print(run(DEFAULT_N))
