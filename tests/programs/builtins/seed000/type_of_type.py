# Seed note 000: "what's the type's type?" cells, without ctypes.
class SomeType:
    pass

some_object = SomeType()
print(type(some_object) is SomeType)
print(type(SomeType) is type)
print(type(type) is type)
print(type(type(type)) is type)
print(type(SomeType), type(type), type(type(type)))
print(id(type(some_object)) == id(SomeType), id(type(SomeType)) == id(type))
print(isinstance(SomeType, type), isinstance(type, type), isinstance(type, object))
