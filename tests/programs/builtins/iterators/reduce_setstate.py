import pickle, copy
def show(it):
    try:
        r = it.__reduce__()
        print(type(it).__name__, r[0], r[1:])
    except Exception as e:
        print(type(it).__name__, type(e).__name__, e)
for mk in (lambda: iter([1,2,3]), lambda: iter((1,2,3)), lambda: iter("abc"), lambda: iter(b"abc"), lambda: iter(bytearray(b"ab")),
           lambda: iter(range(5)), lambda: iter(range(2**64, 2**64+3)), lambda: reversed([1,2,3]), lambda: reversed((1,2,3)),
           lambda: iter({1:2}), lambda: iter({1:2}.values()), lambda: iter({1:2}.items()), lambda: reversed({1:2}),
           lambda: iter({1,2}), lambda: enumerate("ab", 3), lambda: zip("ab", "cd"), lambda: zip("ab", strict=True), lambda: map(abs, [1]), lambda: filter(None, [1]),
           lambda: reversed(range(3))):
    it = mk()
    next(it)
    show(it)
    try:
        it2 = copy.copy(it)
        print("  copy", list(it2), list(it))
    except Exception as e:
        print("  copy", type(e).__name__, e)
it = iter([1,2,3,4]); it.__setstate__(2); print(list(it))
it = reversed([1,2,3,4]); it.__setstate__(1); print(list(it))
it = iter(range(10)); it.__setstate__(7); print(list(it))
it = iter("abcd"); it.__setstate__(3); print(list(it))
it = iter((1,2,3)); it.__setstate__(-5); print(list(it))
it = iter([1,2,3]); print(it.__length_hint__()); list(it); print(it.__length_hint__(), it.__reduce__())
it = reversed([1,2,3]); list(it); print(it.__length_hint__(), it.__reduce__())
print(pickle.loads(pickle.dumps(iter([5,6,7]))).__next__())
for f in (lambda: iter([]).__setstate__("a"), lambda: iter([]).__setstate__(2**70), lambda: reversed(()).__setstate__(1.5), lambda: iter(range(3)).__setstate__("x")):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
it = iter(range(10)); next(it); it.__setstate__(2); print(list(it))
it = iter(range(2**64, 2**64+10)); next(it); it.__setstate__(2); print(list(it))
s = {1,2,3}; it = iter(s); next(it); print(it.__length_hint__(), it.__reduce__()); s.add(9)
try: it.__reduce__()
except Exception as e: print(type(e).__name__, e)
print(iter(b"ab").__length_hint__(), iter(bytearray(b"abc")).__length_hint__())
it = iter(lambda: 1, 2); print(it.__reduce__()[1][1])
it = reversed((1,2,3)); it.__setstate__(0); print(list(it), it.__reduce__())
z = zip("a", "b"); z.__setstate__(True); print(z.__reduce__()[2:])
print(type(iter("é")).__name__, type(iter("e")).__name__, list(iter("éa")))
print(iter.__reduce__(), len.__reduce_ex__(2), [].append.__reduce__())
print(pickle.loads(pickle.dumps(reversed([1, 2, 3]))).__next__(), list(pickle.loads(pickle.dumps(enumerate("xy", 5)))))
d = {"a": 1, "b": 2}
for it in (iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.values()), reversed(d.items())):
    print(type(it).__name__, it.__reduce__(), copy.copy(it).__length_hint__())
it = iter(range(2**64, 2**64 + 5)); next(it); print(it.__length_hint__(), it.__reduce__())
for n in (2**64, 2**70):
    try:
        it = iter(range(n)); next(it); print(it.__length_hint__())
    except OverflowError as e:
        print(type(e).__name__, e)
it = iter(range(2**63 - 2)); print(it.__length_hint__())
