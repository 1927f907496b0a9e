import marshal
deep = []
for i in range(3000):
    deep = [deep]
try:
    marshal.dumps(deep)
except ValueError as e:
    print(type(e).__name__, e)
data = b"[\x01\x00\x00\x00" * 3000 + b"N"
try:
    marshal.loads(data)
except ValueError as e:
    print(type(e).__name__, e)
