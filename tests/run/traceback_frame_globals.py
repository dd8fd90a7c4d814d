# A traceback entry of a compiled function has the module's globals as its frame's
# f_globals, as CPython's frames do (code walking tracebacks reads __name__ there).
import __static__
import sys
import traceback


def fail(n: int) -> int:
    if n > 0:
        return fail(n - 1)
    raise RuntimeError("deep")


def names() -> list:
    try:
        fail(2)
    except RuntimeError:
        tb = sys.exc_info()[2]
        out = []
        while tb is not None:
            g = tb.tb_frame.f_globals
            out.append((g["__name__"], tb.tb_frame.f_code.co_name, g.get("CONST")))
            tb = tb.tb_next
        return out
    return []


CONST = 17
print(names())
try:
    fail(1)
except RuntimeError:
    print([line.split(",")[-1].strip() for line in traceback.format_exc().splitlines() if "line" in line])
