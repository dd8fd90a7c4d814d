# globals(), vars() and locals() read the namespace the code runs in: the module's dict
# at module level and in functions (globals()), the class namespace in a class body.
counter = 1
g = globals()
print(g is vars(), g is locals(), g["__name__"], g["counter"])
g["made_here"] = 7
print(made_here)


def bump():
    globals()["counter"] += 1
    return globals()["counter"]


print(bump(), bump(), counter)


class K:
    a = 1
    seen = list(locals())
    same = vars() is locals()


print(K.seen, K.same)
names = vars()
print([k for k in ["K", "bump", "g", "nope"] if k in names])
