def f(c):
    xs = []
    xs.append(1 if c else 2)
    xs.insert(0, "a" if c else "b")
    return xs
print(f(True), f(False))
