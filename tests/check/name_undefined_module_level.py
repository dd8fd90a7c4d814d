import __static__

a = 1
b = a + c  # error: Name `c` is not defined.
