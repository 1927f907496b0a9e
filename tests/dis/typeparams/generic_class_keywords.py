class Meta(type):
    pass
class C[T](object, metaclass=Meta):
    x: T
