# from m import * in a plain module: m.__all__, or its public names, bound at run time.
from os.path import *
from string import *
from json import *
from stat import *

print(join("a", "b"), basename("/x/y.txt"), splitext("f.tar.gz"))
print(ascii_lowercase[:5], capwords("hello world"))
print(dumps({"k": [1, 2]}), loads("[3]"))
print("Template" in globals(), "_re" in globals(), "JSONDecodeError" in globals())
print(ST_MODE, S_ISDIR(0o040755), "_filemode_table" in globals())
print([k for k in ["join", "digits", "dumps", "detect_encoding"] if k in globals()])


def uses_star_name():
    return splitext("x.py")[1]


print(uses_star_name())
