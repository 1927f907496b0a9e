# Fast paths of endswith/startswith, partition, split, count, int(str), str(int), f-strings.
s = "héllo wörld"
print(s.endswith("ld"), s.endswith("ö", 0, 8), s.endswith(("x", "rld")), s.startswith("hé"), s.startswith("l", 2), s.endswith("", 20), s.endswith("", 11), s.startswith("", -3, -5))
print("abc".endswith("c", 5), "abc".endswith("c", -100), "abc".startswith("a", None, None))
try: "abc".endswith(1)
except TypeError as e: print(e)
try: "abc".endswith()
except TypeError as e: print(e)
print("a:b:c".partition(":"), "a:b:c".rpartition(":"), "abc".partition(":"), "abc".rpartition(":"), "aé::b".partition("::"), "éaé".partition("a"))
print("a,b,,c".split(","), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "é,é".split(","), "x".split(","))
print("a9b99".count("9"), "a9b99".count("9", 2), "a9b99".count("99"), "é9é".count("9", 1, 2))
print(int("0"), int("123"), int("007"), int("0", 0), int("10", 0), int("000000000000000000001234"), int("99999999999999999999"), int("123456789012345678"))
try: int("012", 0)
except ValueError as e: print(e)
print(f"{-5}{0}{-9223372036854775807 - 1}{2**62}{True}{'x'!r}{3:>4}", str(-42), str(0), str(True))
class S(str): pass
t = S("a:b").partition(S(":")); print(t, [type(x).__name__ for x in t])
print(f"", f"{'é'}x{1}", len(f"{'é'}x{1}"))
