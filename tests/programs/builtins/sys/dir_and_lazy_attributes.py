# dir(sys) lists every attribute of sys, those some implementations make on first use
# included, and sys.stdlib_module_names is CPython's frozenset of standard module names.
import sys

names = dir(sys)
for name in ["stdlib_module_names", "version_info", "flags", "float_info", "int_info",
             "hash_info", "thread_info", "implementation", "builtin_module_names", "path"]:
    print(name, name in names)
print("__getattr__" in names)
print(names == sorted(names))

s = sys.stdlib_module_names
print(type(s).__name__, len(s))
print(sorted(n for n in s if n.startswith("_c")))
print("os" in s, "ouro" in s, "__future__" in s)
print(sys.stdlib_module_names is s)
print(sys.version_info[:2], sys.flags.optimize)
try:
    sys.no_such_attribute
except AttributeError as e:
    print(e)
t = sys.thread_info
print(type(t).__name__, t.name, t.lock, isinstance(t.version, str), len(t), t[:2])
print(t.n_fields, t.n_sequence_fields, repr(t).startswith("sys.thread_info(name='pthread', lock='semaphore', version="))
