# A subclass of super whose __init__ passes its arguments on binds like super itself, and
# attribute lookup through it is super's; a class namespace's __qualname__ must be a str.
class A(object):
    def meth(self, a):
        return "A(%r)" % a
class B(A):
    def meth(self, a):
        return "B(%r)" % a + super(B, self).meth(a)
class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)
class E(B):
    def meth(self, a):
        return "E(%r)" % a + mysuper(E, self).meth(a)
print(E().meth(5))
s = mysuper(E, E())
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__)
for ns in ({'__qualname__': 'some.name'}, {'__qualname__': 1}, {'__qualname__': b'x'}):
    try:
        tp = type('Foo', (), ns)
        print(tp.__qualname__, '__qualname__' in tp.__dict__, ns)
    except TypeError as e:
        print("TypeError", e)
