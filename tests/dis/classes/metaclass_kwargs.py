class Meta(type):
    pass
class C(object, metaclass=Meta):
    pass
class D(*(), **{}):
    pass
