"""Richards — Martin Richards' operating-system simulation (idle task, worker, two
packet handlers, two devices exchanging packets through a priority scheduler).
Plain Python, no annotations. run(n) simulates n complete schedules and returns a
checksum built from the hold and queue-packet counters of each schedule (one schedule
must give hold_count == 9297 and qpkt_count == 23246).
"""

DEFAULT_N = 20
QUICK_N = 1

I_IDLE = 1
I_WORK = 2
I_HANDLERA = 3
I_HANDLERB = 4
I_DEVA = 5
I_DEVB = 6

K_DEV = 1000
K_WORK = 1001

BUFSIZE = 4
TASKTABSIZE = 10
CHAR_A = 65


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return queue


class DeviceRec:
    def __init__(self):
        self.pending = None


class IdleRec:
    def __init__(self):
        self.control = 1
        self.count = 10000


class HandlerRec:
    def __init__(self):
        self.work_in = None
        self.device_in = None


class WorkerRec:
    def __init__(self):
        self.destination = I_HANDLERA
        self.count = 0


class Scheduler:
    """The shared work area: task table, task list and the two counters."""

    def __init__(self):
        self.table = [None] * TASKTABSIZE
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0


sched = Scheduler()


class Task:
    def __init__(self, ident, priority, queue, pending, waiting, holding):
        self.link = sched.task_list
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = pending
        self.task_waiting = waiting
        self.task_holding = holding
        sched.task_list = self
        sched.table[ident] = self

    def blocked(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding

    def add_packet(self, pkt, old):
        if self.queue is None:
            self.queue = pkt
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            pkt.append_to(self.queue)
        return old

    def run_task(self):
        msg = None
        if self.waiting_with_packet():
            msg = self.queue
            self.queue = msg.link
            if self.queue is None:
                self.packet_pending = False
                self.task_waiting = False
                self.task_holding = False
            else:
                self.packet_pending = True
                self.task_waiting = False
                self.task_holding = False
        return self.fn(msg)

    def fn(self, pkt):
        return None

    def wait_task(self):
        self.task_waiting = True
        return self

    def hold(self):
        sched.hold_count += 1
        self.task_holding = True
        return self.link

    def find(self, ident):
        return sched.table[ident]

    def release(self, ident):
        t = self.find(ident)
        t.task_holding = False
        if t.priority > self.priority:
            return t
        return self

    def qpkt(self, pkt):
        t = self.find(pkt.ident)
        sched.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)


class DeviceTask(Task):
    def __init__(self, ident, priority, queue, pending, waiting, holding):
        Task.__init__(self, ident, priority, queue, pending, waiting, holding)
        self.rec = DeviceRec()

    def fn(self, pkt):
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
    def __init__(self, ident, priority, queue, pending, waiting, holding):
        Task.__init__(self, ident, priority, queue, pending, waiting, holding)
        self.rec = HandlerRec()

    def fn(self, pkt):
        h = self.rec
        if pkt is not None:
            if pkt.kind == K_WORK:
                h.work_in = pkt.append_to(h.work_in)
            else:
                h.device_in = pkt.append_to(h.device_in)
        work = h.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
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
    def __init__(self, ident, priority, queue, pending, waiting, holding):
        Task.__init__(self, ident, priority, queue, pending, waiting, holding)
        self.rec = IdleRec()

    def fn(self, pkt):
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
    def __init__(self, ident, priority, queue, pending, waiting, holding):
        Task.__init__(self, ident, priority, queue, pending, waiting, holding)
        self.rec = WorkerRec()

    def fn(self, pkt):
        w = self.rec
        if pkt is None:
            return self.wait_task()
        dest = I_HANDLERA
        if w.destination == I_HANDLERA:
            dest = I_HANDLERB
        w.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        i = 0
        while i < BUFSIZE:
            w.count += 1
            if w.count > 26:
                w.count = 1
            pkt.data[i] = CHAR_A + w.count - 1
            i += 1
        return self.qpkt(pkt)


def schedule():
    t = sched.task_list
    while t is not None:
        if t.blocked():
            t = t.link
        else:
            t = t.run_task()


def one_run():
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


def run(n):
    total = 0
    ok = 0
    for i in range(n):
        r = one_run()
        total += r
        if r == 9297 * 100000 + 23246:
            ok += 1
    return total * 1000 + ok


if __name__ == "__main__":
    print(run(DEFAULT_N))
