def make_class(base_value):
    class Local:
        value = base_value
        def get(self):
            return self.value
    return Local

A = make_class(1)
B = make_class(2)
print(A().get(), B().get(), A is B)
print(A.__qualname__)
