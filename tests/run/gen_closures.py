def f(xs, k):
    return sum(x * k for x in xs if x > k)

def g(n):
    base = 10
    def gen():
        nonlocal base
        for i in range(n):
            yield base + i
            base += 100
    return list(gen())

def counter():
    count = 0
    def tick():
        nonlocal count
        count += 1
        yield count
        yield count * 10
    return tick

print(f([1, 2, 3, 4], 2))
print(g(3))
t = counter()
print(list(t()), list(t()))
print(list(y for y in [1,2,3]))
