import __static__


def handler(flag: bool) -> None:
    if flag:
        raise


try:
    handler(True)
except RuntimeError as e:
    print("RuntimeError:", e)


class Fancy(Exception):
    def __str__(self) -> str:
        return "fancy message <" + ",".join([str(a) for a in self.args]) + ">"


def deep(n: int) -> None:
    if n == 0:
        raise Fancy(1, "two")
    deep(n - 1)


try:
    deep(2)
except Fancy as e:
    print(e)
deep(3)
