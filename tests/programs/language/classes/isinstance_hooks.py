class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj > 0
    def __subclasscheck__(cls, sub):
        return sub in (int, bool)

class Positive(metaclass=Meta):
    pass

print(isinstance(5, Positive), isinstance(-5, Positive), isinstance("a", Positive))
print(issubclass(bool, Positive), issubclass(str, Positive))
print(isinstance(3, (str, Positive)))
