import __static__


class C:
    def helper():   # no receiver: callable through the class only
        return 1


def via_class() -> object:
    return C.helper()


def via_instance(c: C) -> object:
    return c.helper()  # error: Mismatched number of args for function method_without_self_call.C.helper. Expected 0, got 1
