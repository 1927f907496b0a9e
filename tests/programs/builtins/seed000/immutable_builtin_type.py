# Seed note 000: "Changing Python built-in types" -- list has no map/reduce and cannot get them.
try:
    list.map = lambda self, function: [function(x) for x in self]
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.reduce = lambda self, function: None
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(list, "map"), hasattr([], "map"))
try:
    [1, 2, 3, 4, 5].map(lambda x: x**2)
except AttributeError as e:
    print(type(e).__name__, e)
class MyList(list):
    def map(self, function):
        return MyList(function(x) for x in self)
    def reduce(self, function, initial=None):
        if initial is None:
            result = self[0]
            for x in self[1:]:
                result = function(result, x)
            return result
        result = initial
        for x in self:
            result = function(result, x)
        return result
print(MyList([1, 2, 3, 4, 5]).map(lambda x: x**2))
print(MyList([1, 2, 3, 4, 5]).reduce(lambda x, y: x + y))
print(MyList([1, 2, 3]).reduce(lambda x, y: x * y, 10))
