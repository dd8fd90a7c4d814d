# Raw strings whose body ends in backslashes (tree-sitter puts them in the end token).
a = r'\\'
b = r"x\\"
c = rb'\\\\'
d = r'''\\'''
e = fr'{a}\\'
print(repr(a), len(a), repr(b), repr(c), repr(d), repr(e))
print(repr('a\\b'.replace('\\', r'\\')))
