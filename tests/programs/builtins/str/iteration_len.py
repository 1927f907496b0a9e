s = "héllo𝄞"
print(len(s), list(s), [ord(c) for c in s])
it = iter(s)
print(next(it), next(it), list(it))
print(list(reversed(s)), "".join(reversed(s)), s[::-1] == "".join(reversed(s)))
print(len(""), len("\U0001F600"), len("a\u0301"), len("\r\n"))
print(list(enumerate("ab")), dict(zip("ab", "cd")))
print(sorted(set("mississippi")))
