import __static__
from __static__ import int64, box
from __static__ import Vector  # error: unsupported static import Vector
