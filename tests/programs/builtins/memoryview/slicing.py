m = memoryview(b"0123456789")
print(m[2:5].tobytes(), m[::3].tobytes(), m[::-2].tobytes(), m[-3:].tobytes(), m[5:2].tobytes(), m[2:5].nbytes, m[::3].contiguous)
s = m[1:9][2:6][::2]
print(s.tobytes(), s.obj is m.obj, len(s), s.strides)
print(bytes(m[::2][::2]), m[1:][1:].tolist())
