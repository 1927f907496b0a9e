class A:
    def __eq__(self, o):
        print("A.eq")
        return NotImplemented
    def __lt__(self, o):
        print("A.lt")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.eq")
        return True
    def __gt__(self, o):
        print("B.gt")
        return "B>"
print(A() == B())
print(A() < B())
print(B() == A())
class SubB(B):
    def __eq__(self, o):
        print("SubB.eq")
        return "sub"
print(B() == SubB())
