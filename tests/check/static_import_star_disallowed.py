import __static__
from __static__ import int64
from __static__ import *  # error: from __static__ import * is disallowed
