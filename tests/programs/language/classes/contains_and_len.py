class Evens:
    def __contains__(self, x):
        return x % 2 == 0
    def __len__(self):
        return 50

e = Evens()
print(4 in e, 5 in e, 5 not in e, len(e))

class Big:
    def __len__(self):
        return 2 ** 70
try:
    len(Big())
except OverflowError as ex:
    print("OverflowError:", ex)
