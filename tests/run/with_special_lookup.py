# `with` looks __enter__ and __exit__ up on the type (instance attributes are ignored),
# __enter__ first, with CPython's messages when either is missing.
class CM:
    def __enter__(self): print("type enter"); return self
    def __exit__(self, *a): print("type exit"); return False
c = CM()
c.__enter__ = lambda: print("inst enter")
c.__exit__ = lambda *a: print("inst exit")
with c:
    print("body")
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except Exception as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except Exception as e:
    print(type(e).__name__, e)
