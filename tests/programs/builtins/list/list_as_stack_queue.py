stack = []
for i in range(5):
    stack.append(i)
print([stack.pop() for _ in range(3)], stack)
q = list(range(5))
out = []
while q:
    out.append(q.pop(0))
print(out)
from collections import deque
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0)
dq.append(4)
print(dq, dq.popleft(), dq.pop(), list(dq), dq.maxlen)
dq.rotate(1)
print(dq, deque("abc")[1], len(deque()))
