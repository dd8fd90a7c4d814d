# Untyped functions calling builtins: print, len, range, str methods, displays,
# indexing and slicing (plain Python, inside a static module).
import __static__


def containers():
    l = [3, 1, 2]
    l.append(5)
    print(l, len(l), l[0], l[-1], l[1:3], l[::-1], l[:2], l[2:])
    t = (1, "two", 3.0)
    print(t, t[1], len(t), t[-2:])
    d = {"a": 1, "b": 2}
    d["c"] = 3
    print(d, d["b"], len(d), sorted(d), list(d.items()))
    s = {3, 1, 2}
    print(sorted(s), 2 in s, len(s))
    print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)))
    print(sum(l), max(l), min(l), sorted(l), abs(-4))


def strings():
    s = "Hello, World"
    print(s.upper(), s.lower(), s.split(", "), s.replace("l", "L"))
    print(s[0], s[-1], s[1:5], s[::2], len(s))
    print("-".join(["a", "b", "c"]), s.startswith("Hell"), s.find("W"))
    print("  pad  ".strip(), "x".center(5, "*"), str(42) + "!", "%d-%s" % (7, "z"))
    print("a", "b", sep="|", end=".\n")


def nested():
    m = [[1, 2], [3, 4]]
    m[1][0] = 30
    print(m, m[1][0], [m[0], m[1][1:]])


containers()
strings()
nested()
