import __static__
from __static__ import int64, box, cbool


class Settings:
    retries: int = 3
    verbose: bool = False
    name: str = "default"
    level: int64 = 2

    def __init__(self, name: str = "") -> None:
        if name:
            self.name = name

    def show(self) -> str:
        return f"{self.name} retries={self.retries} verbose={self.verbose} level={box(self.level)}"


class Quiet(Settings):
    def __init__(self) -> None:
        super().__init__("quiet")
        self.retries = 0


def main() -> None:
    a = Settings()
    b = Settings("custom")
    b.retries = 10
    b.level = 7
    print(a.show())
    print(b.show())
    print(Quiet().show())
    print(Settings.retries, Settings.name)
    q = Quiet()
    q.retries += 5
    print(q.retries, q.show())

main()
