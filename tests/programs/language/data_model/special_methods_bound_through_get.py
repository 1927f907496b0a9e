# Special methods looked up on the type for built-in operations (reversed, sys.getsizeof,
# isinstance/issubclass hooks, list's __length_hint__, math.floor/ceil/trunc, round, dir...)
# may be any descriptor: they are bound through __get__ before the call.
import sys, math
def run_context(manager):
    with manager:
        pass
def iden(self): return self
def hello(self): return b"hello"
def empty_seq(self): return []
def zero(self): return 0
def complex_num(self): return 1j
def stop(self): raise StopIteration
def return_true(self, thing=None): return True
def do_isinstance(obj): return isinstance(int, obj)
def do_issubclass(obj): return issubclass(int, obj)
def do_dict_missing(checker):
    class DictSub(checker.__class__, dict):
        pass
    return DictSub()["hi"]
def some_number(self_, key): return 4
def swallow(*args): pass
def format_impl(self, spec): return "hello"
specials = [
    ("__bytes__", bytes, hello, {}),
    ("__reversed__", reversed, empty_seq, {}),
    ("__length_hint__", list, zero, {"__iter__": iden, "__next__": stop}),
    ("__sizeof__", sys.getsizeof, zero, {}),
    ("__instancecheck__", do_isinstance, return_true, {}),
    ("__missing__", do_dict_missing, some_number, {}),
    ("__subclasscheck__", do_issubclass, return_true, {}),
    ("__enter__", run_context, iden, {"__exit__": swallow}),
    ("__exit__", run_context, swallow, {"__enter__": iden}),
    ("__complex__", complex, complex_num, {}),
    ("__format__", format, format_impl, {}),
    ("__floor__", math.floor, zero, {}),
    ("__trunc__", math.trunc, zero, {}),
    ("__ceil__", math.ceil, zero, {}),
    ("__dir__", dir, empty_seq, {}),
    ("__round__", round, zero, {}),
]
class SpecialDescr(object):
    def __init__(self, impl):
        self.impl = impl
    def __get__(self, obj, owner):
        record.append(1)
        return self.impl.__get__(obj, owner)
for name, runner, impl, env in specials:
    record = []
    class X:
        pass
    for attr, obj in env.items():
        setattr(X, attr, obj)
    setattr(X, name, SpecialDescr(impl))
    try:
        runner(X())
        print(name, record)
    except Exception as e:
        print(name, "ERROR", type(e).__name__, e)
