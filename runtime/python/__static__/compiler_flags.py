"""__static__.compiler_flags — module-wide switches of the dialect (the reference's).

`from __static__.compiler_flags import checked_dicts` makes the compiled module's dict
displays CheckedDicts and binds its `dict` to CheckedDict (checked_lists: lists, `list`).
Uncompiled, the import only needs the names to exist.
"""

checked_dicts = True
checked_lists = True
