# xfail: not yet identical to CPython
print("abc" < "abd", "Z" < "a", "abc" * 3, "-" * 0)
print(sorted("banana"), max("hello"), list(reversed("abc")))
print("a1".isalnum(), "12".isdigit(), "½".isnumeric(), " ".isspace(), "Ab".istitle())
print(str(123), str(b"x"), str([1, "a"]), str(None), str(True))
print("x".join("abc"), "%c" % 65, "{:c}".format(97))
print("abcabc".index("c", 3), "a,b,,c".split(","), " a  b ".split())
