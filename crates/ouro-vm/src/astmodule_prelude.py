# The Python part of ouro's built-in `_ast` module (run once when the module is made, after
# the generated table in astmodule_classes.py): the `AST` base class with CPython 3.12's
# constructor and `__reduce__`, then every node class of the table.
# CPython: Python/Python-ast.c (ast_type_init, ast_type_reduce, make_type).

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        try:
            fields = tuple(cls._fields)
        except AttributeError:
            fields = ()
        n = len(fields)
        if len(args) > n:
            raise TypeError(
                "%s constructor takes at most %d positional argument%s"
                % (cls.__name__, n, "" if n == 1 else "s")
            )
        for name, value in zip(fields, args):
            setattr(self, name, value)
        given = fields[: len(args)]
        for name, value in kwargs.items():
            if name in given:
                raise TypeError(
                    "%s got multiple values for argument '%s'" % (cls.__name__, name)
                )
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


AST.__module__ = "ast"
AST.__doc__ = None


def _make_classes():
    made = {"AST": AST}
    for name, base, fields, attributes, nones, doc in _CLASSES:
        ns = {
            "_fields": fields,
            "__match_args__": fields,
            "__module__": "ast",
            "__doc__": doc,
        }
        if attributes is not None:
            ns["_attributes"] = attributes
        for attr in nones:
            ns[attr] = None
        cls = type(name, (made[base],), ns)
        made[name] = cls
        globals()[name] = cls


_make_classes()
del _make_classes, _CLASSES
