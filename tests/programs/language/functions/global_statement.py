count = 0

def bump():
    global count
    count += 1

for _ in range(3):
    bump()
print(count)

def define():
    global fresh
    fresh = "created"

define()
print(fresh)

def read_only():
    return count * 2

print(read_only())
