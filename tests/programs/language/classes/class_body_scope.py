x = "global"

class C:
    x = "class"
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()

print(C.y, C().m(), C.z, C.w)
