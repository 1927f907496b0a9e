class Base:
    pass
class Node[T](Base):
    pass
