# try/except/else/finally: matching, `as` names, re-raise, nesting, finally on
# return/break/continue, exception context, sys.exc_info, tracebacks through handlers.
import __static__
import sys
from __static__ import int64, box


class AppError(Exception):
    pass


def divide(a: int64, b: int64) -> int64:
    return a // b


def safe(a: int64, b: int64) -> str:
    try:
        r = divide(a, b)
    except ZeroDivisionError as e:
        return "div: " + str(e)
    else:
        return "ok " + str(box(r))
    finally:
        print("finally", box(a), box(b))


def classify(x: object) -> str:
    try:
        if x == 1:
            raise ValueError("one")
        if x == 2:
            raise AppError("two")
        if x == 3:
            return str(len(x))   # TypeError
        return "none"
    except (ValueError, KeyError) as e:
        return "value " + repr(e)
    except AppError:
        return "app " + str(sys.exc_info()[1])
    except Exception as e:
        return type(e).__name__


def loop_finally() -> list:
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out


def reraise(x: int) -> str:
    try:
        try:
            raise KeyError(x)
        except KeyError:
            raise
    except KeyError as e:
        return "outer " + str(e.args)


def chained() -> str:
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise AppError("outer")
    except AppError as e:
        return repr(e.__context__) + " " + str(e.__suppress_context__)


def explicit_cause() -> str:
    try:
        try:
            {}["k"]
        except KeyError as k:
            raise AppError("wrapped") from k
    except AppError as e:
        return repr(e.__cause__)
    return "not reached"


def unbound_after() -> str:
    try:
        raise ValueError()
    except ValueError as err:
        pass
    try:
        return str(err)  # noqa: F821 -- `err` is unbound after the handler
    except NameError as n:
        return type(n).__name__


print(safe(7, 2))
print(safe(7, 0))
for x in [0, 1, 2, 3]:
    print(classify(x))
print(loop_finally())
print(reraise(5))
print(chained())
print(explicit_cause())
print(unbound_after())
print(sys.exc_info())
try:
    divide(1, 0)
except ZeroDivisionError:
    print("module level caught")
