s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:-1], s[1:8:3])
print(s[100:], s[-100:2], len(s), "c" in s, "cd" in s, "" in s)
try:
    s[20]
except IndexError as e:
    print(e)
try:
    s[0] = "z"
except TypeError as e:
    print(e)
