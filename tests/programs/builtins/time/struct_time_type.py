import time
st = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0, "XYZ", 3600))
print(st, st.tm_zone, st.tm_gmtoff, len(st), st[-1], st[2:4])
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(isinstance(st, tuple), st == (2020, 2, 29, 12, 30, 45, 5, 60, 0), hash(st) == hash(tuple(st)))
a, b, *rest = st
print(a, b, rest)
try:
    st.tm_year = 1
except AttributeError as e:
    print(type(e).__name__, e)
for bad in ((1,) * 8, (1,) * 12, 5):
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(time.strftime("%Z %z", st), time.struct_time.__match_args__)
