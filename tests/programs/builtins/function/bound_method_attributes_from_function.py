# A bound method's attributes that the method type does not define come from its function
# (CPython: method_getattro), so decorators' marks such as unittest.expectedFailure's are seen
# through the method.
import unittest


def f():
    "doc of f"


f.x = 5
f.__unittest_expecting_failure__ = True


class T:
    m = f

    def g(self):
        pass


t = T()
print(t.m.x, t.m.__name__, t.m.__doc__, t.m.__module__, t.m.__qualname__)
print(hasattr(t.m, 'x'), getattr(t.m, 'y', 'default'), t.m.__dict__)
print(getattr(t.m, '__unittest_expecting_failure__', False))
print(t.g.__func__ is T.g, t.g.__self__ is t, t.g.__defaults__, t.g.__code__.co_name)
try:
    t.m.y
except AttributeError as e:
    print('AttributeError:', e)
try:
    t.m.x = 3
except AttributeError as e:
    print('AttributeError:', e)


class Expect(unittest.TestCase):
    @unittest.expectedFailure
    def test_fails(self):
        self.assertEqual(1, 2)


r = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(Expect).run(r)
print(len(r.expectedFailures), len(r.failures), r.wasSuccessful())
t.g.nothing
