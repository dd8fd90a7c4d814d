/* rt_tstate.c — the recursion limit of compiled calls.  Stage: run time.
 *
 * Compiled functions that call other code count against the recursion limit like Python
 * frames do, so unbounded recursion raises RecursionError instead of overflowing the C
 * stack.  lower.c inlines Py_EnterRecursiveCall / Py_LeaveRecursiveCall: it reads the
 * running thread state from _PyRuntime (as _PyThreadState_GET does) and decrements
 * PyThreadState.recursion_remaining; only when that reaches the limit does it call
 * spc_rt_recursion_check.  The offsets are py_layout.h's, checked here against CPython's
 * internal headers (the only runtime file that needs them). */
#define Py_BUILD_CORE 1
#include "spc_rt.h"
#include "py_layout.h"
#include "internal/pycore_runtime.h"
#include <stddef.h>

_Static_assert(offsetof(_PyRuntimeState, gilstate.tstate_current) == SPC_OFF_RUNTIME_TSTATE,
               "_PyRuntime.gilstate.tstate_current");
_Static_assert(offsetof(PyThreadState, recursion_remaining) == SPC_OFF_TSTATE_RECURSION,
               "PyThreadState.recursion_remaining");
/* the small-int cache that lower.c's typed int fast paths return from (int_box) */
_Static_assert(offsetof(_PyRuntimeState, global_objects.singletons.small_ints) ==
               SPC_OFF_RUNTIME_SMALL_INTS, "_PyRuntime small_ints");
_Static_assert(sizeof(PyLongObject) == SPC_SIZEOF_LONG, "sizeof(PyLongObject)");
_Static_assert(offsetof(PyLongObject, ob_digit) == SPC_OFF_LONG_DIGIT0, "PyLongObject.ob_digit");
_Static_assert(_PY_NSMALLNEGINTS == -SPC_SMALL_INT_MIN && _PY_NSMALLPOSINTS == SPC_SMALL_INT_MAX + 1,
               "small int range");
_Static_assert(PyLong_SHIFT == 30, "30-bit digits");

PyAPI_FUNC(int) _Py_CheckRecursiveCall(PyThreadState *tstate, const char *where);

int spc_rt_recursion_check(void *tstate)
{
    return _Py_CheckRecursiveCall((PyThreadState *)tstate, " in compiled code");
}
