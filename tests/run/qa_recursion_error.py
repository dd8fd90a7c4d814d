# Regression (was a crash): unbounded recursion in compiled code kills the process with SIGSEGV
# (exit code 139) instead of raising RecursionError. Happens for static functions
# (direct calls) and for untyped functions, also in modules without `import __static__`.
# Expected (CPython): "RecursionError caught" / "still alive", exit 0
# Actual (spc run):   no output after the recursion, exit code 139 (segmentation fault)
import __static__


def forever(n: int) -> int:
    return forever(n + 1) + 1


try:
    forever(0)
except RecursionError:
    print("RecursionError caught")
print("still alive")
