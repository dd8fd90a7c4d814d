import sys
try:
    from _nonexistent_mod import fast
except ImportError:
    def fast(x):
        return x * 2

if sys.version_info >= (3, 0):
    class Impl:
        kind = "py3"
        def run(self, v):
            return fast(v) + 1
else:
    class Impl:
        kind = "py2"

for i in range(2):
    def looped(k=i):
        return k

def deco(f):
    def wrapper(a):
        return ("wrapped", f(a))
    return wrapper

class Dyn:
    @deco
    def m(self):
        return 5

print(fast(3), Impl().run(4), Impl.kind, looped(), Dyn().m())
