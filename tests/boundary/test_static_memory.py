"""The __static__ containers leak nothing: 5000 rounds of ~45 operations (error paths
included, > 1e5 operations in all) must not grow traced memory or the reference counts of the objects involved,
and cycles through checked containers are collected."""
import gc
import sys
import tracemalloc

from __static__ import Array, CheckedDict, CheckedList, int64
from bcheck import check, finish

L = CheckedList[int]
O = CheckedList[object]
SI = CheckedDict[str, int]
A = Array[int64]
KEY, VAL, BIG = "key-%d" % 7, 10 ** 6, 2 ** 70


def swallow(fn, *args):
    try:
        fn(*args)
    except (TypeError, IndexError, OverflowError, KeyError, ValueError):
        pass


def one_round():
    x = L([1, 2, 3])
    x.append(VAL)
    x.insert(0, 4)
    x.extend((5, 6))
    x.extend(iter([7]))
    x += [8]
    x[0] = VAL
    x[1:2] = L([9])
    y = x[1:4] + x.copy()
    del y[0]
    swallow(x.append, "s")
    swallow(x.insert, 0, None)
    swallow(x.extend, [1, "s"])
    swallow(x.extend, iter([1, "s"]))
    swallow(x.__setitem__, 0, "s")
    swallow(x.__setitem__, slice(0, 1), [1])
    swallow(L, [1, KEY])
    d = SI({KEY: 1}, b=2)
    d[KEY] = VAL
    d.update([("c", 3)])
    d |= {"e": 4}
    d.setdefault("f", 5)
    d.get(KEY)
    d2 = d.copy()
    d2.pop(KEY)
    SI.fromkeys(["a", "b"], 0)
    swallow(d.__setitem__, KEY, "s")
    swallow(d.__setitem__, 1, 1)
    swallow(d.__getitem__, 1)
    swallow(d.get, 1)
    swallow(d.setdefault, "zz")
    swallow(d.update, {KEY: 1, "q": None})
    swallow(SI, [(KEY, 1, 2)])
    a = A(4)
    a[0] = VAL
    b = A([1, 2, VAL]) + a
    repr(b)
    b == a
    swallow(a.__setitem__, 0, BIG)
    swallow(a.__setitem__, 9, 1)
    swallow(A, [1, "s"])
    swallow(A, [BIG])
    c = O()
    c.append(c)        # a cycle through a checked list
    e = CheckedDict[str, object]()
    e["self"] = e      # and through a checked dict


def refcounts():
    return [sys.getrefcount(o) for o in (KEY, VAL, BIG, L, O, SI, A)]


for _ in range(500):    # warm up caches (specialised types, free lists, interned strings)
    one_round()
gc.collect()
before_refs = refcounts()
tracemalloc.start()
snap_before = tracemalloc.take_snapshot()
for i in range(5000):
    one_round()
    if i % 500 == 0:
        gc.collect()
gc.collect()
snap_after = tracemalloc.take_snapshot()
tracemalloc.stop()
growth = sum(s.size_diff for s in snap_after.compare_to(snap_before, "filename"))
if growth > 32 * 1024:
    for stat in snap_after.compare_to(snap_before, "lineno")[:5]:
        print(stat)
check("traced memory growth under 32 KiB", growth <= 32 * 1024, True)
check("reference counts unchanged", refcounts(), before_refs)
finish()
