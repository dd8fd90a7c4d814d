# A plain module ending in an uncaught TypeError raised by the interpreter.


def add(a, b):
    return a + b


def main():
    print(add(1, 2))
    print(add("a", "b"))
    print(add(1, "b"))


main()
