# A function created in a comprehension that uses the comprehension's own variable
# needs a fresh cell per run of the comprehension, which spc does not make yet.
def f(xs: list) -> list:
    return [lambda: x for x in xs]  # error: unsupported: function that uses comprehension variable 'x' (closures)


def ok(xs: list) -> list:
    return [lambda x=x: x for x in xs]
