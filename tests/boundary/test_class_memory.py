"""Many compiled instances created and dropped without memory growth; cycles between
compiled instances collected by gc."""
import gc
import tracemalloc
import weakref

import classmod
from bcheck import check, finish, module_is_compiled, failures

module_is_compiled(classmod)


def churn(n):
    for i in range(n):
        p = classmod.Point(i, i)
        p.label = "l%d" % (i % 10)
        p.payload = [i]
        p.move(1, 1)
        lz = classmod.Lazy(i % 2 == 0)
        del p, lz


def cycles(n):
    for i in range(n):
        r = classmod.make_ring(5)
        r.peer = r
        if classmod.ring_sum(r, 10) != 20:
            failures.append("ring_sum")
            return


churn(2000)
cycles(200)
gc.collect()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
for _ in range(5):
    churn(20000)
    cycles(2000)
    gc.collect()
grown = tracemalloc.get_traced_memory()[0] - base
tracemalloc.stop()
if grown > 256 * 1024:
    failures.append("memory grew by %d bytes over 100000 instances and 10000 rings" % grown)

# A cycle is really freed: watch it through a Python subclass that allows weakrefs.
class Watched(classmod.Node):
    pass


w = Watched(1)
w.next = w
w.peer = [w]
ref = weakref.ref(w)
del w
gc.collect()
check("cycle through static fields collected", ref() is None, True)

finish()
