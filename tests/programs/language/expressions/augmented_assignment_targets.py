d = {"k": 1}
d["k"] += 10
l = [1, 2]
l[0] *= 5
class O:
    v = 1
o = O()
o.v -= 3
s = "a"
s += "b"
x = 7
x //= 2; x **= 3; x %= 10; x <<= 2; x |= 1; x ^= 3; x &= 0xF; x >>= 1
print(d, l, o.v, O.v, s, x)
