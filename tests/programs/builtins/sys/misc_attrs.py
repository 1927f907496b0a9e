import sys
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(type(sys.builtin_module_names).__name__, "sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names)
print(type(sys.stdlib_module_names).__name__, "os" in sys.stdlib_module_names, "json" in sys.stdlib_module_names)
print(sys.dont_write_bytecode in (True, False), type(sys.warnoptions).__name__, type(sys.meta_path).__name__, type(sys.path_hooks).__name__)
print(sys.getswitchinterval() > 0, callable(sys.settrace), sys.gettrace(), sys.getprofile())
print(sys.orig_argv[-1].endswith("misc_attrs.py"))
print(sys.is_finalizing(), sys.unraisablehook is sys.__unraisablehook__)
