# An exception thrown into a suspended generator and not handled there: the
# generator's frame (at its yield) is part of the traceback.
def waiting():
    x = 1
    yield x
    yield x + 1


g = waiting()
next(g)
g.throw(KeyError("thrown in"))
