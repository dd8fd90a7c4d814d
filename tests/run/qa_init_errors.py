import __static__
from typing import Optional


class Conn:
    opened: int = 0

    def __init__(self, host: str, port: int) -> None:
        if not host:
            raise ValueError("host required")
        if port <= 0 or port > 65535:
            raise ValueError(f"bad port {port}")
        self.host = host
        self.port = port
        Conn.opened += 1

    @property
    def url(self) -> str:
        if self.port == 443:
            return f"https://{self.host}"
        return f"http://{self.host}:{self.port}"

    @property
    def broken(self) -> str:
        raise RuntimeError("property failed")


def try_make(host: str, port: int) -> Optional[Conn]:
    try:
        return Conn(host, port)
    except ValueError as e:
        print("cannot connect:", e)
        return None


def main() -> None:
    for h, p in [("a.com", 443), ("", 80), ("b.org", 0), ("c.net", 8080)]:
        c = try_make(h, p)
        if c is not None:
            print(c.url)
    print(Conn.opened)
    c2 = Conn("x", 1)
    try:
        print(c2.broken)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(getattr(c2, "missing", "dflt"))
    c2.broken


main()
