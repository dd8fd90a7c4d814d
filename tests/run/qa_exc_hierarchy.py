import __static__
from typing import Optional


class AppError(Exception):
    code: int = 1

    def __init__(self, msg: str, detail: Optional[str] = None) -> None:
        Exception.__init__(self, msg)
        self.detail = detail

    def __str__(self) -> str:
        base = Exception.__str__(self)
        return base if self.detail is None else f"{base} ({self.detail})"


class NotFound(AppError):
    code = 4


class Invalid(AppError):
    code = 2


def load(key: str) -> str:
    data = {"a": "1", "b": "x"}
    if key not in data:
        raise NotFound(f"no key {key!r}")
    v = data[key]
    if not v.isdigit():
        raise Invalid("bad value", detail=v)
    return v


def safe_load(key: str) -> str:
    try:
        return load(key)
    except NotFound as e:
        return f"default[{e.code}]"
    except (Invalid, TypeError) as e:
        return f"invalid[{e.code}]: {e}"


def chain() -> None:
    try:
        try:
            {}["k"]
        except KeyError as e:
            raise AppError("lookup failed") from e
    except AppError as e:
        print("cause:", type(e.__cause__).__name__, repr(e.__cause__))
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("during handling")
    except ValueError as e:
        print("context:", type(e.__context__).__name__, e.__suppress_context__)
    try:
        try:
            int("z")
        except ValueError:
            raise AppError("hidden") from None
    except AppError as e:
        print("suppressed:", e.__cause__, e.__suppress_context__)


print(safe_load("a"), safe_load("b"), safe_load("c"))
chain()
errs: list = []
for k in ["a", "b", "zz"]:
    try:
        load(k)
    except AppError as e:
        errs.append((type(e).__name__, e.code, str(e), e.args))
print(errs)
print(issubclass(NotFound, AppError), isinstance(Invalid("x"), Exception), AppError.code)
load("missing")
