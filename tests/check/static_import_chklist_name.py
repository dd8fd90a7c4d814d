import __static__
from __static__ import CheckedList
from __static__ import chklist  # error: unsupported static import chklist
