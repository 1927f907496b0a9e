# itertools types: names, module, subclassing, reprs of subclasses, module contents.
import itertools
names = sorted(x for x in dir(itertools) if not x.startswith('__'))
print(names)
for n in ['count', 'cycle', 'chain', 'islice', 'groupby', '_grouper', '_tee', '_tee_dataobject']:
    t = getattr(itertools, n)
    print(t, t.__name__, t.__module__)
class MyCount(itertools.count):
    pass
m = MyCount(5)
print(repr(m), next(m), next(m), isinstance(m, itertools.count))
class MyChain(itertools.chain):
    def extra(self):
        return 'extra'
mc = MyChain([1], [2])
print(list(mc), mc.extra())
class MyRepeat(itertools.repeat):
    pass
print(repr(MyRepeat('z', 2)))
print(itertools.__doc__.splitlines()[0])
print(type(itertools.tee), itertools.tee.__name__)
