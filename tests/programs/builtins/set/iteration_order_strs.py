# xfail: not yet identical to CPython
print({"apple", "banana", "cherry", "date", "elderberry"})
print(set("abracadabra"))
print(set("hello world"))
print(frozenset(["x", "y", "z", "w"]))
print({"", "a", "aa", "aaa"})
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words))
print(sorted(set(words)) == sorted(words and set(words)))
