class Fancy(Exception):
    def __str__(self):
        return "fancy:" + ",".join(map(str, self.args))
    def __repr__(self):
        return "Fancy!"

e = Fancy(1, 2)
print(str(e), repr(e), e.args)
print(f"{e}")
print([e])
