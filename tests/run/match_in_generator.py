# A generator whose yields are inside match cases (dataclasses._get_slots).
def slots(value):
    match value:
        case None:
            return
        case str(one):
            yield one
        case it if not hasattr(it, "__next__"):
            yield from it
        case _:
            raise TypeError("cannot determine")


print(list(slots(None)), list(slots("a")), list(slots(("x", "y"))))
try:
    list(slots(iter([1])))
except TypeError as e:
    print("TypeError", e)
