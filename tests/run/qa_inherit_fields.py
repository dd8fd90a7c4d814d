import __static__
from __static__ import int64, double, box, cbool


class Entity:
    next_id: int = 1

    def __init__(self, name: str) -> None:
        self.id: int64 = int64(Entity.next_id)
        Entity.next_id += 1
        self.name = name
        self.alive: cbool = True

    def tick(self) -> None:
        pass

    def status(self) -> str:
        return f"#{box(self.id)} {self.name} {'alive' if self.alive else 'dead'}"


class Creature(Entity):
    def __init__(self, name: str, hp: int64) -> None:
        super().__init__(name)
        self.hp: int64 = hp
        self.speed: double = 1.0

    def damage(self, n: int64) -> None:
        self.hp -= n
        if self.hp <= 0:
            self.hp = 0
            self.alive = False

    def status(self) -> str:
        return super().status() + f" hp={box(self.hp)} speed={box(self.speed):.1f}"


class Hero(Creature):
    def __init__(self, name: str) -> None:
        Creature.__init__(self, name, 30)
        self.level: int64 = 1

    def tick(self) -> None:
        self.hp += 1
        self.speed *= 1.5

    def status(self) -> str:
        return "HERO " + Creature.status(self) + f" lvl={box(self.level)}"


def main() -> None:
    ents = [Entity("rock"), Creature("rat", 5), Hero("ann")]
    for i in range(3):
        for e in ents:
            e.tick()
            if isinstance(e, Creature):
                e.damage(2)
    for e in ents:
        print(e.status())
    h = ents[2]
    if isinstance(h, Hero):
        h.level += 4
        h.damage(100)
        print(h.status(), box(h.alive))


main()
