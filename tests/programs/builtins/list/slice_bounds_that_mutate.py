# Slice bounds whose __index__ empties the list, and assigned items that mutate it while they
# are iterated: the bounds are fitted to the length the list has afterwards (CPython: slices
# are unpacked first, then adjusted), never indexing past its end.
lst = list(range(10))
class X:
    def __index__(self):
        lst[:] = []
        return 1
try:
    lst[0:10:X()] = []
    print("ok", lst)
except ValueError as e:
    print("ValueError", e)
lst = list(range(10))
class Y:
    def __index__(self):
        lst[:] = []
        return 2
try:
    lst[0:10:Y()] = []
    print("ok", lst)
except ValueError as e:
    print("ValueError", e)
lst = list(range(10))
try:
    print(lst[0:10:Y()])
except ValueError as e:
    print("ValueError", e)
lst = list(range(10))
try:
    del lst[0:10:Y()]
    print("del ok", lst)
except ValueError as e:
    print("ValueError", e)
lst = list(range(10))
class Z:
    def __index__(self):
        lst[:] = []
        return 10
try:
    lst[0:Z()] = [1]
    print("ok", lst)
except ValueError as e:
    print("ValueError", e)

lst = list(range(6))


def shrinking():
    del lst[2:]
    yield "a"
    yield "b"


lst[1:5] = shrinking()
print(lst)
lst = list(range(6))
try:
    lst[::2] = shrinking()
except ValueError as e:
    print("ValueError", e)
print(lst)
