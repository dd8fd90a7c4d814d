import __static__
from __static__ import int64, box


def f_return_in_finally(x: int) -> str:
    try:
        if x > 0:
            return "positive"
        raise ValueError("neg")
    finally:
        print("finally for", x)


def f_finally_overrides() -> int:
    try:
        return 1
    finally:
        return 2


def f_swallow() -> str:
    try:
        raise KeyError("k")
    finally:
        return "swallowed"


def nested(n: int) -> list:
    log: list = []
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise ValueError(i)
                if i % 3 == 1:
                    raise TypeError(i)
                log.append(("ok", i))
            except ValueError as e:
                log.append(("val", e.args[0]))
                raise RuntimeError("wrapped") from e
            finally:
                log.append(("inner-finally", i))
        except RuntimeError as e:
            log.append(("rt", str(e), type(e.__cause__).__name__))
        except TypeError:
            log.append(("type", i))
            continue
        log.append(("end", i))
    return log


def reraise() -> None:
    try:
        int("abc")
    except ValueError:
        print("caught, re-raising")
        raise


def loop_break_finally() -> int64:
    total: int64 = 0
    i: int64 = 0
    while True:
        try:
            i += 1
            if i == 5:
                break
            if i % 2 == 0:
                continue
            total += i
        finally:
            total += 100
    return total


print(f_return_in_finally(3))
try:
    f_return_in_finally(-1)
except ValueError as e:
    print("ValueError", e)
print(f_finally_overrides())
print(f_swallow())
for item in nested(5):
    print(item)
try:
    reraise()
except ValueError as e:
    print("outer got:", e)
print(box(loop_break_finally()))
