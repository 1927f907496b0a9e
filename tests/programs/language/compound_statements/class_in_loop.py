classes = []
for name in ["A", "B", "C"]:
    class Dyn:
        label = name
        def who(self):
            return self.label
    Dyn.__name__ = name
    classes.append(Dyn)
print([c.__name__ for c in classes], [c().who() for c in classes])
