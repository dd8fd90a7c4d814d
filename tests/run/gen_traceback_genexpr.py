# An error inside a generator expression's element: the <genexpr> frame is in the
# traceback.
def inverses(xs):
    return list(1 // x for x in xs)


print(inverses([1, 2]))
inverses([1, 0])
