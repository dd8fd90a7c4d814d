# A plain (non-static) module: no `import __static__`.


def greet(name, punct="!"):
    return "hello " + name + punct


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


class_names = ["a", "b"]
print(greet("world"), greet("spc", punct="?"))
print(collatz(1), collatz(7), collatz(27))
print(class_names, len(class_names))
print(2 ** 70 + 1, -7 // 2, -7 % 2, 7 / 2)
