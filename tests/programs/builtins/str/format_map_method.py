print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x} {y}".format(x=1, y=2), "{0[0]} {0[k]}".format({0: "z", "k": "v"}), "{0.real}".format(5))
print("{{literal}} {}".format("ok"), "{!r} {!s} {!a}".format("é", "é", "é"), "{:>5}|{:<5}|{:^5}".format("a", "b", "c"))
print("{0:{1}}|".format("x", 4), "{:{fill}{align}{w}}".format("m", fill="*", align="^", w=7))
class D(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{a} {b}".format_map(D(a=1)), "{a}".format_map({"a": "map"}))
for fmt, args in [("{", ()), ("}", ()), ("{0} {}", (1, 2)), ("{} {0}", (1, 2)), ("{2}", (1,)), ("{x}", ()), ("{0.nope}", (1,)), ("{0[5]}", ([1],)), ("{!x}", (1,)), ("{:d}", ("s",)), ("{0:{1}}", ("a", "<<")), ("{a.b[}", ())]:
    try:
        print(fmt.format(*args))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
