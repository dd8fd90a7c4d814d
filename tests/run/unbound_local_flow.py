# UnboundLocalError exactly where some path leaves the variable unset (the definite-
# assignment pass drops the check elsewhere): branches, loops, del, try/except, for.
import __static__


def maybe(flag: bool) -> str:
    if flag:
        x = "set"
    return x


def loop_assigns(n: int) -> str:
    while n > 0:
        y = "in loop"
        n -= 1
    return y


def for_target(xs: list) -> object:
    for item in xs:
        pass
    return item


def after_del(unused: int) -> str:
    z = "here"
    print(z)
    del z
    return z


def in_handler(fail: bool) -> str:
    try:
        if fail:
            raise ValueError("boom")
        w = "assigned"
    except ValueError:
        return w
    return w


def del_in_try(unused: int) -> str:
    v = "v"
    try:
        del v
        raise KeyError("k")
    except KeyError:
        return v


def both_branches(flag: bool) -> str:
    if flag:
        s = "a"
    else:
        s = "b"
    return s


def run(f, arg) -> None:
    try:
        print(f(arg))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def main() -> None:
    run(maybe, True)
    run(maybe, False)
    run(loop_assigns, 2)
    run(loop_assigns, 0)
    run(for_target, [1, 2])
    run(for_target, [])
    run(after_del, 0)
    run(in_handler, False)
    run(in_handler, True)
    run(del_in_try, 0)
    run(both_branches, False)


main()
