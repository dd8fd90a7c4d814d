# throw(): the exception is raised at the yield; handled there the generator goes on,
# else it propagates to the caller and the generator is finished.
import sys


def worker():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("worker handled", repr(e))
            n += 100
        except KeyError:
            print("worker re-raises")
            raise
        n += 1


w = worker()
print(next(w))
print(w.throw(ValueError("one")))
print(w.throw(ValueError))
print(w.throw(ValueError, "from-args"))
print(w.throw(ValueError, ValueError("instance-as-value")))
try:
    w.throw(KeyError("k"))
except KeyError as e:
    print("caller got", repr(e))
print(next(w, "finished"))
try:
    w.throw(IndexError("into finished"))
except IndexError as e:
    print("finished generator raises", repr(e))


def simple():
    yield 1


s = simple()
try:
    s.throw(ValueError("before start"))
except ValueError as e:
    print("before start:", e)
print(next(s, "closed by throw"))

s = simple()
next(s)
for bad in [lambda: s.throw(5), lambda: s.throw(ValueError("x"), 1),
            lambda: s.throw(ValueError, None, 3), lambda: s.throw()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(next(s, "still suspended?"))

try:
    raise RuntimeError("with tb")
except RuntimeError as e:
    tb = e.__traceback__
s = simple()
next(s)
try:
    s.throw(OSError, OSError("tb"), tb)
except OSError as e:
    print("OSError", e, e.__traceback__.tb_next is not None)


def catches_all():
    try:
        yield 1
    except BaseException as e:
        print("caught", type(e).__name__)
        yield 2
    yield 3


c = catches_all()
next(c)
print(c.throw(SystemExit))
print(next(c))
