# Method calls and attribute access on instances.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, n):
        self.count += n


def main():
    p = Point(0, 0)
    step = Point(1, -1)
    c = Counter()
    for i in range(400_000):
        p = p.add(step)
        c.bump(p.norm1() & 7)
        if i % 1000 == 0:
            p.scale(1)
    print(p.x, p.y, c.count)


main()
