from collections import deque
import heapq
d = deque([1, 2, 3], maxlen=4)
d.appendleft(0); d.append(4); d.rotate(1)
print(d, d.popleft(), d.pop(), list(d))
h = [5, 1, 4, 2]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(len(h))], heapq.nlargest(2, [1, 9, 3, 7]))
