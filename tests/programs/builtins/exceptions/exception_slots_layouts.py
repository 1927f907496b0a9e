# __slots__ give an exception class a layout of its own (its solid base), which conflicts with
# the other layouts; a __dict__ slot is refused when the solid base has a dict already.
def t(name, bases, ns):
    try:
        C = type(name, bases, ns)
        print(name, "ok", C.__base__.__name__)
        return C
    except TypeError as e:
        print(name, "TypeError", e)


A = t("A", (Exception,), {"__slots__": ("x",)})
B = t("B", (Exception,), {"__slots__": ("y",)})
t("AB", (A, B), {})
t("AV", (A, ValueError), {})
t("VA", (ValueError, A), {})
t("AO", (A, OSError), {})
E = t("E", (Exception,), {"__slots__": ()})
t("EO", (E, OSError), {})
t("W", (Exception,), {"__slots__": ("__weakref__",)})
A2 = t("A2", (A,), {})
t("A2B", (A2, B), {})
t("A2A", (A2, A), {})
S = t("S", (StopIteration,), {"__slots__": ("z",)})
t("SS", (S, StopIteration), {})
t("SV", (S, ValueError), {})
t("SO", (S, OSError), {})

t("D", (Exception,), {"__slots__": ("__dict__",)})
P = t("P", (), {})
t("Q", (P,), {"__slots__": ("__dict__",)})
X = t("X", (), {"__slots__": ("__dict__",)})
t("Y", (X,), {"__slots__": ("__dict__",)})
t("Z", (), {"__slots__": ("__dict__", "__dict__")})
O = t("O", (), {"__slots__": ("a",)})
t("O2", (O,), {"__slots__": ("__dict__",)})
t("OP", (O, P), {"__slots__": ("__dict__",)})
