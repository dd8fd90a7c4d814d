"""Richards — Martin Richards' operating-system simulation (idle task, worker, two
packet handlers, two devices exchanging packets through a priority scheduler).
Static Python with ordinary annotations only (int, bool, classes, Optional, list).
run(n) simulates n complete schedules and returns a checksum built from the hold and
queue-packet counters of each schedule (one schedule must give hold_count == 9297 and
qpkt_count == 23246).
"""
import __static__
from typing import Final, Optional

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


class Packet:
    def __init__(self, link: Optional["Packet"], ident: int, kind: int) -> None:
        self.link: Optional[Packet] = link
        self.ident: int = ident
        self.kind: int = kind
        self.datum: int = 0
        self.data: list = [0, 0, 0, 0]

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


class DeviceRec:
    def __init__(self) -> None:
        self.pending: Optional[Packet] = None


class IdleRec:
    def __init__(self) -> None:
        self.control: int = 1
        self.count: int = 10000


class HandlerRec:
    def __init__(self) -> None:
        self.work_in: Optional[Packet] = None
        self.device_in: Optional[Packet] = None


class WorkerRec:
    def __init__(self) -> None:
        self.destination: int = I_HANDLERA
        self.count: int = 0


class Scheduler:
    """The shared work area: task table, task list and the two counters."""

    def __init__(self) -> None:
        self.table: list = [None] * TASKTABSIZE
        self.task_list: Optional[Task] = None
        self.hold_count: int = 0
        self.qpkt_count: int = 0


class Task:
    def __init__(self, ident: int, priority: int, queue: Optional[Packet],
                 pending: bool, waiting: bool, holding: bool) -> None:
        self.link: Optional[Task] = sched.task_list
        self.ident: int = ident
        self.priority: int = priority
        self.queue: Optional[Packet] = queue
        self.packet_pending: bool = pending
        self.task_waiting: bool = waiting
        self.task_holding: bool = holding
        sched.task_list = self
        sched.table[ident] = self

    def blocked(self) -> bool:
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def waiting_with_packet(self) -> bool:
        return self.packet_pending and self.task_waiting and not self.task_holding

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

    def run_task(self) -> Optional["Task"]:
        msg: Optional[Packet] = None
        if self.waiting_with_packet():
            m = self.queue
            if m is not None:
                msg = m
                self.queue = m.link
            if self.queue is None:
                self.packet_pending = False
                self.task_waiting = False
                self.task_holding = False
            else:
                self.packet_pending = True
                self.task_waiting = False
                self.task_holding = False
        return self.fn(msg)

    def fn(self, pkt: Optional[Packet]) -> Optional["Task"]:
        return None

    def wait_task(self) -> "Task":
        self.task_waiting = True
        return self

    def hold(self) -> Optional["Task"]:
        sched.hold_count += 1
        self.task_holding = True
        return self.link

    def find(self, ident: int) -> "Task":
        t: Task = sched.table[ident]
        return t

    def release(self, ident: int) -> "Task":
        t = self.find(ident)
        t.task_holding = False
        if t.priority > self.priority:
            return t
        return self

    def qpkt(self, pkt: Packet) -> "Task":
        t = self.find(pkt.ident)
        sched.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)


class DeviceTask(Task):
    def __init__(self, ident: int, priority: int, queue: Optional[Packet],
                 pending: bool, waiting: bool, holding: bool) -> None:
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


class HandlerTask(Task):
    def __init__(self, ident: int, priority: int, queue: Optional[Packet],
                 pending: bool, waiting: bool, holding: bool) -> None:
        Task.__init__(self, ident, priority, queue, pending, waiting, holding)
        self.rec: HandlerRec = HandlerRec()

    def fn(self, pkt: Optional[Packet]) -> Optional[Task]:
        h = self.rec
        if pkt is not None:
            if pkt.kind == K_WORK:
                h.work_in = pkt.append_to(h.work_in)
            else:
                h.device_in = pkt.append_to(h.device_in)
        work = h.work_in
        if work is None:
            return self.wait_task()
        count: int = work.datum
        if count >= BUFSIZE:
            h.work_in = work.link
            return self.qpkt(work)
        dev = h.device_in
        if dev is None:
            return self.wait_task()
        h.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class IdleTask(Task):
    def __init__(self, ident: int, priority: int, queue: Optional[Packet],
                 pending: bool, waiting: bool, holding: bool) -> None:
        Task.__init__(self, ident, priority, queue, pending, waiting, holding)
        self.rec: IdleRec = IdleRec()

    def fn(self, pkt: Optional[Packet]) -> Optional[Task]:
        i = self.rec
        i.count -= 1
        if i.count == 0:
            return self.hold()
        if i.control & 1 == 0:
            i.control = i.control // 2
            return self.release(I_DEVA)
        i.control = (i.control // 2) ^ 0xD008
        return self.release(I_DEVB)


class WorkTask(Task):
    def __init__(self, ident: int, priority: int, queue: Optional[Packet],
                 pending: bool, waiting: bool, holding: bool) -> None:
        Task.__init__(self, ident, priority, queue, pending, waiting, holding)
        self.rec: WorkerRec = WorkerRec()

    def fn(self, pkt: Optional[Packet]) -> Optional[Task]:
        w = self.rec
        if pkt is None:
            return self.wait_task()
        dest: int = I_HANDLERA
        if w.destination == I_HANDLERA:
            dest = I_HANDLERB
        w.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        i: int = 0
        while i < BUFSIZE:
            w.count += 1
            if w.count > 26:
                w.count = 1
            pkt.data[i] = CHAR_A + w.count - 1
            i += 1
        return self.qpkt(pkt)


sched: Scheduler = Scheduler()


def schedule() -> None:
    t: Optional[Task] = sched.task_list
    while t is not None:
        if t.blocked():
            t = t.link
        else:
            t = t.run_task()


def one_run() -> int:
    sched.hold_count = 0
    sched.qpkt_count = 0
    sched.task_list = None
    IdleTask(I_IDLE, 1, None, False, False, False)
    q = Packet(None, 0, K_WORK)
    q = Packet(q, 0, K_WORK)
    WorkTask(I_WORK, 1000, q, True, True, False)
    q = Packet(None, I_DEVA, K_DEV)
    q = Packet(q, I_DEVA, K_DEV)
    q = Packet(q, I_DEVA, K_DEV)
    HandlerTask(I_HANDLERA, 2000, q, True, True, False)
    q = Packet(None, I_DEVB, K_DEV)
    q = Packet(q, I_DEVB, K_DEV)
    q = Packet(q, I_DEVB, K_DEV)
    HandlerTask(I_HANDLERB, 3000, q, True, True, False)
    DeviceTask(I_DEVA, 4000, None, False, True, False)
    DeviceTask(I_DEVB, 5000, None, False, True, False)
    schedule()
    return sched.hold_count * 100000 + sched.qpkt_count


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
