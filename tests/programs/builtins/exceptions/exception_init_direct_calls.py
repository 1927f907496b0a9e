# Keywords accepted or refused by the built-in exception constructors (with the class each
# message names), and their __init__ methods called directly, on instances of other classes too.
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: UnboundLocalError('x', foo=1))
t(lambda: UnboundLocalError('x', name='n').name)
t(lambda: ModuleNotFoundError('x', foo=1))
t(lambda: ModuleNotFoundError('x', name='n', path='p').path)
t(lambda: AttributeError('x', obj=1, name='n').obj)
t(lambda: AttributeError('x', foo=1))
t(lambda: StopIteration(1, 2).value)
t(lambda: ValueError('x', foo=1))
t(lambda: KeyError('x', foo=1))
t(lambda: SyntaxError('x', foo=1))
t(lambda: UnicodeError('x', foo=1))
t(lambda: SystemExit(foo=1))
t(lambda: BaseExceptionGroup('x', [ValueError()], foo=1))
t(lambda: FileNotFoundError(2, 'x', foo=1))
e = StopIteration(1); StopIteration.__init__(e, 5); print(e.value, e.args)
e = SystemExit(1); SystemExit.__init__(e, 5, 6); print(e.code, e.args)
e = OSError(2, 'x'); OSError.__init__(e, 3, 'y'); print(e.errno, e.args)
e = ImportError('a', name='n'); ImportError.__init__(e, 'b'); print(e.msg, e.name, e.args)
e = NameError('a', name='n'); NameError.__init__(e, 'b'); print(e.name, e.args)
e = ValueError(1); ValueError.__init__(e, 2, 3); print(e.args)
e = ValueError(1); Exception.__init__(e, 2, 3); print(e.args)
t(lambda: ValueError.__init__(KeyError(), 1))
t(lambda: Exception.__init__(KeyError(), 1))
t(lambda: OSError.__init__(ValueError(), 1))
t(lambda: StopIteration.__init__(ValueError(), 1))
class P(ValueError, StopIteration):
    def __init__(self, *a):
        StopIteration.__init__(self, *a)
t(lambda: (P(7).value, P(7).args))
class R(ValueError, OSError):
    def __init__(self, *a):
        OSError.__init__(self, *a)
t(lambda: (R(2, 'x').errno, R(2, 'x').args, type(R(2, 'x')).__name__))
class R2(ValueError, OSError):
    def __new__(cls, *a):
        return OSError.__new__(cls, *a)
t(lambda: (R2(2, 'x').errno, R2(2, 'x').args))
print(repr(OSError.__init__), OSError.__new__ is FileNotFoundError.__new__, StopIteration.__new__ is Exception.__new__)
