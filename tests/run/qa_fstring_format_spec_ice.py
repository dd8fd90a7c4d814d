# BUG (regression in the build of 09:08): any f-string replacement field with a format spec
# makes the compiler fail (the same program passed with the build before).
# Expected (CPython): "1.500" / "  7"
# Actual (spc run): error: internal compiler error: libgccjit: gcc_jit_context_new_call:
#   NULL argument 1 to function "spc_rt_xdecref": param a0 (type: struct _object *)  [internal]
import __static__

print(f"{1.5:.3f}")
x = 7
print(f"{x:3}")
