ba = bytearray(b"ab")
for op in (lambda: ba.append(256), lambda: ba.append(-1), lambda: ba.append("a"), lambda: ba.remove(120), lambda: bytearray().pop(), lambda: ba.pop(5), lambda: ba.insert(0, 999), lambda: ba.__setitem__(0, 300), lambda: ba.__setitem__(slice(None, None, 2), b"xyz"), lambda: ba.extend(5), lambda: ba.extend(["a"])):
    try:
        op()
        print("ok", ba)
    except Exception as e:
        print(type(e).__name__, e)
