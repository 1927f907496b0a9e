class Tree:
    def __init__(self):
        self.parent = self
    def depth(self):
        return 1 + self.parent.depth()
Tree().depth()
