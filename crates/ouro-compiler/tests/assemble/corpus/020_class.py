class A(Base, metaclass=Meta):
    x = 1
    def method(self):
        return self.x
