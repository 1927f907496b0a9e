class Rev:
    def __reversed__(self):
        return iter("cba")
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Rev())), list(reversed(Seq())), list(reversed([1, 2])))
import operator
class Hint:
    def __iter__(self):
        return iter([])
    def __length_hint__(self):
        return 42
print(operator.length_hint(Hint()), operator.length_hint([1, 2]), operator.length_hint(iter(()), 7))
