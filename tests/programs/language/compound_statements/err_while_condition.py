stack = [1, 2]
while stack.pop():
    print("popped")
