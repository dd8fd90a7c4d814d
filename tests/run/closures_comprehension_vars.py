fs = [lambda: x for x in range(3)]
print([f() for f in fs])
gs = [lambda x=x: x for x in range(3)]
print([g() for g in gs])

def matrix(rows):
    return [sum(v * r for v in row) for r, row in enumerate(rows)]

def pairs(xs):
    return {k: (lambda: k * 2) for k in xs}

def nested(n):
    return [[(lambda: (i, j))() for j in range(i)] for i in range(n)]

def twice():
    out = []
    for _ in range(2):
        out.append([lambda: v for v in "ab"])
    return [[f() for f in fl] for fl in out]

print(matrix([[1, 2], [3, 4], [5, 6]]))
print({k: f() for k, f in pairs([1, 2]).items()})
print(nested(3))
print(twice())
print(list(map(lambda f: f(), [lambda: y * 10 for y in (1, 2)])))
