"""A compiled module is one object per process: reload() and import_fresh_module()
give it back without running its body again, so its functions and the classes they
raise stay those of the module the importer sees. Module attributes rebound from
outside (monkeypatching) are what its functions call."""
import importlib
import sys

import plainmod
from bcheck import check, finish, module_is_compiled
from test.support import import_helper

module_is_compiled(plainmod)
check("body ran once", plainmod.loads, [1])
check("reload gives the same module", importlib.reload(plainmod) is plainmod, True)
fresh = import_helper.import_fresh_module("plainmod")
check("import_fresh_module gives the same module", fresh is plainmod, True)
check("body still ran once", plainmod.loads, [1])
check("sys.modules entry", sys.modules["plainmod"] is plainmod, True)
try:
    fresh.fill(3)
    check("fill(3) raises", False, True)
except plainmod.Full:
    check("the class raised is the module's", True, True)
check("patched helper is called", (setattr(plainmod, "helper", lambda: "patched"), plainmod.call_helper())[1], "patched")
finish()
