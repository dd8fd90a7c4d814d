# Augmented assignments whose value (or target parts) branch: f-strings, and/or,
# conditional expressions; CPython's order: target parts, current value, then the value.
def trace(label, value):
    print("eval", label)
    return value


class Box:
    pass


rep = ""
for host, port in [("a", 1), ("b", None)]:
    rep += f"machine {host}\n"
    rep += f"\tport {port}\n" if port else "\tno port\n"
print(rep, end="")

n = 5
n += 1 if n > 3 else -1
n *= n > 2 and 3 or 4
print(n)

b = Box()
b.text = "x"
trace("obj", b).text += trace("val", "y") if n else "z"
print(b.text)

d = {"k": [1]}
trace("dict", d)[trace("key", "k")] += [2] if n > 0 else [3]
d["k"] += d.get("missing") or [9]
print(d)


def inside(items):
    total = 0
    for x in items:
        total += x if x > 0 else -x
        total -= x > 100 and 100 or 0
    return total


print(inside([1, -2, 300]))
