class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)

s = Stack()
s.push(1)
s.pusj(2)
