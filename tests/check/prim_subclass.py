import __static__
from __static__ import int64, double


class Fine(object):
    pass


class D(double):  # error: Primitive type double cannot be subclassed: prim_subclass.D
    pass
