class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(Box[int])
print(Box["x"])
print(list[int], dict[str, list[int]])
print(type(list[int]).__name__)
print(list[int].__origin__, list[int].__args__)
