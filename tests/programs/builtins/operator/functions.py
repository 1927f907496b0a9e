import operator, _operator as o
print(operator.add is o.add, operator.__doc__ == o.__doc__)
for e in ["o.add(1)", "o.neg()", "o.add(a=1,b=2)", "o.concat(1,2)", "o.concat([1],(2,))", "o.concat([1],[2])", "o.iconcat(1,[2])", "o.indexOf([1,2],3)", "o.indexOf([1,2],2)", "o.countOf([1,1.0,True],1)", "o.length_hint(iter([1,2]))", "o.length_hint(5, \"x\")", "o.length_hint(5, 7)", "o.length_hint([1,2,3])", "o.index(1.5)", "o.index(True)", "o.truth([])", "o.call(len, [1])", "o.call()", "o._compare_digest(\"a\", b\"a\")", "o._compare_digest(\"é\", \"é\")", "o._compare_digest(b\"ab\", bytearray(b\"ab\"))", "o._compare_digest(b\"ab\", b\"abc\")", "o._compare_digest(\"ab\", \"ab\")", "o.length_hint()", "o.is_(1)", "o.abs(-2)", "o.pow(2,-1)", "o.matmul(1,2)", "o.ipow(2,3)", "o.delitem([1],0)", "o.contains(1,2)", "o.indexOf(3,2)", "o.lt(1,2)", "o.ge('a',1)", "o.not_(0)", "o.is_not(None, None)", "o.inv(5)", "o.invert(True) if 0 else 1", "o.pos(-0.0)", "o.mod('%s', 3)", "o.getitem('abc', 1)", "o.itruediv(1, 2)", "o.ixor(6, 3)", "o.ilshift(1, 3)", "o.xor(1)", "o.setitem([1], 0)"]:
    try: print(e, repr(eval(e)))
    except Exception as x: print(e, type(x).__name__, x)
l = [1]; print(o.iadd(l, [2]) is l, l)
d = {}; o.setitem(d, 'k', 1); print(d)
f = operator.attrgetter('real', 'imag'); print(f(1+2j))
print(operator.itemgetter(1, 0)("ab"), operator.methodcaller('upper')('x'))
class H:
    def __length_hint__(self): return 4
class HB:
    def __length_hint__(self): return "x"
class HN:
    def __length_hint__(self): return -1
class HI:
    def __length_hint__(self): return NotImplemented
for h in (H(), HB(), HN(), HI()):
    try: print(o.length_hint(h, 9))
    except Exception as x: print(type(x).__name__, x)
