@dec1
@dec2(arg)
def g():
    pass

@dataclass
class C:
    a: int = 0
