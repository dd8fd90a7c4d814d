import builtins

counter = 0


def bump():
    global counter
    counter += 1
    return len("abc"), counter


def shadow_len():
    global len
    len = lambda x: 42
    r = bump()
    del len
    return r


def many():
    out = []
    for i in range(5):
        global counter
        counter = counter + i
        out.append((len([1] * i), counter, abs(-i)))
        if i == 2:
            globals()["abs"] = lambda x: "shadowed"
        if i == 3:
            del globals()["abs"]
    return out


class Weird(str):
    pass


def via_weird_key():
    globals()[Weird("zz")] = 7
    return zz  # noqa: F821


print(bump(), bump(), shadow_len(), bump())
print(many())
print(via_weird_key())
builtins.spc_probe_name = "from builtins"
print(spc_probe_name)  # noqa: F821
del builtins.spc_probe_name
try:
    print(spc_probe_name)  # noqa: F821
except NameError as e:
    print("NameError", e)
