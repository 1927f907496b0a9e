import sys
class C:
    if sys.maxsize > 2 ** 32:
        bits = 64
    else:
        bits = 32
    for i in range(3):
        pass
    del i
