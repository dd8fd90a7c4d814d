"""Helpers shared by the boundary tests: record failures, print them, exit 1 at the end."""
import os
import sys

failures = []


def module_is_compiled(mod):
    """The tests must exercise the compiled module, not the .py source."""
    f = getattr(mod, "__file__", "") or ""
    if f.endswith(".py") and not os.environ.get("SPC_BOUNDARY_ALLOW_SOURCE"):
        print("FAIL: %s was imported from source (%s), not compiled" % (mod.__name__, f))
        sys.exit(1)
    return not f.endswith(".py")


def check(what, got, want):
    if got != want or type(got) is not type(want):
        failures.append("%s: got %r (%s), want %r (%s)"
                        % (what, got, type(got).__name__, want, type(want).__name__))


def raises(what, exc, msg, fn, *args, **kwargs):
    """fn(*args, **kwargs) must raise exc (or a subclass) with exactly str() == msg."""
    try:
        r = fn(*args, **kwargs)
    except BaseException as e:  # noqa: BLE001
        if not isinstance(e, exc) or str(e) != msg:
            failures.append("%s: raised %s(%r), want %s(%r)"
                            % (what, type(e).__name__, str(e), exc.__name__, msg))
        return
    failures.append("%s: returned %r, want %s(%r)" % (what, r, exc.__name__, msg))


def finish():
    for f in failures:
        print("FAIL:", f)
    if failures:
        print("%d boundary check(s) failed" % len(failures))
        sys.exit(1)
    print("ok")
