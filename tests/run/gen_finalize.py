# A suspended generator that is dropped (refcount or gc) is closed: its finally
# blocks and __exit__ methods run; one that never started has nothing to run.
import gc


def guarded(tag):
    try:
        yield tag
        yield tag
    finally:
        print("finally", tag)


g = guarded("dropped")
next(g)
del g
print("after del")

g = guarded("never started")
del g
print("after del of unstarted")


def rebinding():
    g = guarded("local")
    next(g)
    return "returned"


print(rebinding())


class Node:
    pass


def cyclic(node):
    try:
        yield node
    finally:
        print("finally of cyclic generator")


n = Node()
n.gen = cyclic(n)
next(n.gen)
del n
gc.collect()
print("after collect")


def nested_gens():
    inner = guarded("inner")
    try:
        yield next(inner)
    finally:
        print("outer finally")


o = nested_gens()
next(o)
del o
print("done")
