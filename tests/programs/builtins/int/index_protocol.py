import operator
class Good:
    def __index__(self): return 4
class BadRet:
    def __index__(self): return 4.0
print(operator.index(Good()), [0, 1, 2, 3, 4, 5][Good()], "abcdef"[Good()])
print(bin(Good()), hex(Good()), oct(Good()))
print(list(range(Good())), [1, 2, 3, 4, 5, 6][1:Good()])
try:
    operator.index(BadRet())
except TypeError as e:
    print(type(e).__name__, e)
try:
    operator.index(1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    i = 1.0
    [1, 2][i]
except TypeError as e:
    print(type(e).__name__, e)
print(operator.index(True), operator.index(-2**70))
