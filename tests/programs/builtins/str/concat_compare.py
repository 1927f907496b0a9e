print("ab" + "cd", "a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z", "\U0001F600" > "\uffff")
print("abc" == "abc", "a" * 3 == "aaa", sorted(["b", "A", "a", "B", "é", "_"]))
print(max("hello"), min("hello"), "a" in "abc", "" in "abc", "abc" in "abc", "x" not in "abc")
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
s = "x"
s += "y"
print(s)
