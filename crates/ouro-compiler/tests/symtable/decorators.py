@dec
@dec2(arg)
def f(): pass

@cls_dec
class C:
    @staticmethod
    def m(): pass
