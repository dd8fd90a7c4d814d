# PEP 479: a StopIteration escaping a generator body becomes RuntimeError.
def direct():
    yield 1
    raise StopIteration("leaked")


def via_next():
    it = iter([])
    yield next(it)


def handled():
    try:
        next(iter([]))
    except StopIteration:
        yield "handled inside"


for g in (direct, via_next, handled):
    try:
        print(list(g()))
    except RuntimeError as e:
        print(g.__name__, "RuntimeError:", e, "| cause:", repr(e.__cause__), "| context:",
              repr(e.__context__))


def returns_value():
    yield 1
    return StopIteration("a value, not raised")


try:
    g = returns_value()
    next(g)
    next(g)
except StopIteration as e:
    print("value is", repr(e.value))

nums = (x for x in [1, 2])
print(next(nums), next(nums), next(nums, "done"))
