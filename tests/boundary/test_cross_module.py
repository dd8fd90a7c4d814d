"""A compiled module calling into another compiled module: primitive arguments and
results cross as Python ints/floats, fields are read and written as attributes."""
import xm_base
import xm_user
from bcheck import check, finish, module_is_compiled

module_is_compiled(xm_base)
module_is_compiled(xm_user)

check("total(1)", xm_user.total(1), 54)
c = xm_base.Counter(3)
check("ratio", xm_user.ratio(c), 1.0)
check("describe unnamed", xm_user.describe(c), "counter:30")
c.name = "x"
check("describe named", xm_user.describe(c), "x!")
try:
    xm_user.ratio("nope")
except TypeError as e:
    check("boundary check on the foreign class", "Counter" in str(e), True)
else:
    check("boundary check on the foreign class", "no error", "TypeError")
finish()
