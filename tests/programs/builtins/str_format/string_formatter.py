import string
f = string.Formatter()
print(f.format("{0} and {name}", "zero", name="n"))
print(list(f.parse("a{0}b{x!r:>3}c{{d}}")))
print(string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
print(string.Template("$a $b").safe_substitute(a=1))
try:
    string.Template("$a").substitute()
except KeyError as e:
    print(type(e).__name__, e)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"))
