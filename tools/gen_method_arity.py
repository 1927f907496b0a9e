"""Generate crates/ouro-vm/src/method_arity.rs from CPython 3.12: the argument-count rule of
every built-in method whose count CPython checks before the method runs.

Run with python3.12:  python3.12 tools/gen_method_arity.py > crates/ouro-vm/src/method_arity.rs

Three kinds are recorded, each only after calling the method on a sample object and seeing
CPython's own message:
- slot wrappers (`int.__abs__`): "expected N arguments, got K" (`check_num_args`), or, for
  those that unpack their arguments with PyArg_UnpackTuple, " expected N arguments, got K" and
  " expected at least/at most N arguments, got K"; and "wrapper NAME() takes no keyword
  arguments";
- METH_NOARGS methods: "TYPE.NAME() takes no arguments (K given)";
- METH_O methods: "TYPE.NAME() takes exactly one argument (K given)";
the last two also "TYPE.NAME() takes no keyword arguments";
- METH_VARARGS methods, which reject keywords before running: "NAME() takes no keyword
  arguments" when called bound, "TYPE.NAME() takes no keyword arguments" through the
  descriptor; and
- other methods with positional-only parameters (METH_FASTCALL without keywords), which reject
  keywords with that message before counting their arguments themselves.
Methods with any other rule are left to their own code.
"""

import array
import builtins
import collections
import functools
import io
import itertools
import operator
import re
import sys
import types
import warnings

SAMPLES = [
    0, True, 1.5, 2j, "ab", b"ab", bytearray(b"ab"), memoryview(b"ab"), [1], (1,), {1: 2},
    {1}, frozenset({1}), range(3), slice(1), None, NotImplemented, Ellipsis, object(), int,
    {}.keys(), {}.values(), {}.items(), iter([]), iter(()), iter(""), iter(range(1)),
    iter({}), iter(set()), reversed([]), enumerate([]), zip(), map(abs, []), filter(None, []),
    property(), staticmethod(abs), classmethod(abs), super(int, 1),
    collections.deque(), collections.OrderedDict(), collections.defaultdict(),
    collections.Counter(), array.array("b"), io.StringIO(), io.BytesIO(),
    functools.partial(abs), operator.itemgetter(1), operator.attrgetter("a"),
    operator.methodcaller("a"), itertools.count(), itertools.chain(), itertools.repeat(1),
    itertools.cycle([]), itertools.islice([], 1), itertools.product(), itertools.accumulate([]),
    re.compile("a"), re.compile("a").match("a"), (lambda: 0), (lambda: 0).__code__,
    sys._getframe(), (x for x in ()), types.SimpleNamespace(), types.MappingProxyType({}),
    ValueError(), OSError(), KeyError(), StopIteration(), BaseExceptionGroup("e", [ValueError()]),
    [].append, list.append, int.__abs__, (1).__abs__, type.__dict__["__name__"],
    sys.flags, sys.version_info, sys.float_info, ...,
]


def text_args(k):
    return [0] * k


def message(f, k, kw=False):
    try:
        if kw:
            f(__kw_probe__=1)
        else:
            f(*text_args(k))
    except TypeError as e:
        return str(e)
    except Exception:
        return None
    return None


def classify(owner, name, bound, is_wrapper, unbound_kwmsg=None, descr_owner=None):
    # A bound built-in method is named after the type of its `self` (CPython's
    # meth_get__qualname__), so `(0).__dir__` reports as `int.__dir__()`.
    qual = f"{owner.__qualname__}.{name}"
    msgs = {k: message(bound, k) for k in range(4)}
    kwmsg = message(bound, 0, kw=True)
    if is_wrapper:
        if kwmsg != f"wrapper {name}() takes no keyword arguments":
            return None
        fixed = [k for k in range(4) if msgs[k] is None or not msgs[k].startswith("expected ")]
        for n in range(3):
            want = {k: f"expected {n} argument{'' if n == 1 else 's'}, got {k}"
                    for k in range(4) if k != n}
            if all(msgs[k] == want[k] for k in want):
                return ("Wrapper", n, n)
        for n in range(4):
            want = {k: f" expected {n} argument{'' if n == 1 else 's'}, got {k}"
                    for k in range(4) if k != n}
            if all(msgs[k] == want[k] for k in want):
                return ("Unpack", n, n)
        for lo, hi in ((1, 2), (0, 1)):
            ok = True
            for k in range(4):
                if k < lo:
                    ok &= msgs[k] == f" expected at least {lo} argument{'' if lo == 1 else 's'}, got {k}"
                elif k > hi:
                    ok &= msgs[k] == f" expected at most {hi} argument{'' if hi == 1 else 's'}, got {k}"
            if ok:
                return ("Unpack", lo, hi)
        del fixed
        return None
    if (kwmsg == f"{name}() takes no keyword arguments" and descr_owner is not None
            and unbound_kwmsg == f"{descr_owner.__qualname__}.{name}() takes no keyword arguments"):
        return ("Varargs", 0, 0)
    if kwmsg != f"{qual}() takes no keyword arguments":
        return None
    if all(msgs[k] == f"{qual}() takes no arguments ({k} given)" for k in (1, 2, 3)):
        return ("NoArgs", 0, 0)
    if all(msgs[k] == f"{qual}() takes exactly one argument ({k} given)" for k in (0, 2, 3)):
        return ("One", 1, 1)
    return ("NoKw", 0, 0)


def main():
    warnings.simplefilter("ignore")
    table = {}
    seen = set()
    for obj in SAMPLES:
        for owner in type(obj).__mro__:
            for name, d in vars(owner).items():
                key = (owner.__qualname__, name)
                kind = type(d).__name__
                if kind not in ("method_descriptor", "wrapper_descriptor",
                                "classmethod_descriptor", "staticmethod"):
                    continue
                if kind == "staticmethod" and type(d.__func__).__name__ != "builtin_function_or_method":
                    continue
                if (key, id(owner)) in seen:
                    continue
                if name in ("__new__", "__init__", "__call__", "__init_subclass__",
                            "__subclasshook__"):
                    continue
                unbound_kwmsg = None
                if kind in ("classmethod_descriptor", "staticmethod"):
                    bound = getattr(owner, name)
                else:
                    if not isinstance(obj, owner):
                        continue
                    if obj is None:
                        # `d.__get__(None, ...)` would return `d` itself: bind by lookup,
                        # when the lookup finds `d`.
                        found = next(c for c in type(obj).__mro__ if name in vars(c))
                        if found is not owner:
                            continue
                        bound = getattr(obj, name)
                    else:
                        bound = d.__get__(obj, type(obj))
                    if kind == "method_descriptor":
                        unbound_kwmsg = message(lambda **kw: d(obj, **kw), 0, kw=True)
                seen.add((key, id(owner)))
                named = owner if kind in ("classmethod_descriptor", "staticmethod") else type(obj)
                rule = classify(named, name, bound, kind == "wrapper_descriptor", unbound_kwmsg,
                                owner if kind == "method_descriptor" else None)
                if rule is None:
                    continue
                if key in table and table[key] != rule:
                    table[key] = "conflict"
                else:
                    table[key] = rule
    rows = sorted((k, v) for k, v in table.items() if v != "conflict")
    out = sys.stdout
    out.write("//! The argument counts CPython 3.12 checks before a built-in method runs, by (type,\n")
    out.write("//! method): slot wrappers (`expected N arguments, got K`), METH_NOARGS, METH_O and\n")
    out.write("//! METH_VARARGS methods. Generated by tools/gen_method_arity.py from python3.12's own\n")
    out.write("//! messages; do not edit. `objects/builtin.rs` looks a method up once and checks every\n")
    out.write("//! call against it.\n\n")
    out.write("use crate::objects::builtin::Arity;\n\n")
    out.write(f"/// {len(rows)} methods, sorted by (type, method) for binary search.\n")
    out.write("pub static METHOD_ARITY: &[(&str, &str, Arity)] = &[\n")
    for (owner, name), (kind, lo, hi) in rows:
        if kind in ("Wrapper", "Unpack"):
            rule = f"Arity::{kind}({lo}, {hi})"
        else:
            rule = f"Arity::{kind}"
        out.write(f"    ({owner!r}, {name!r}, {rule}),\n".replace("'", '"'))
    out.write("];\n")


if __name__ == "__main__":
    main()
