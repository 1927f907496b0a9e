import collections, functools, itertools, math, string, textwrap, re, datetime
print(string.ascii_lowercase[:5], math.gcd(12, 18), math.comb(5, 2))
print(textwrap.shorten("the quick brown fox jumps", width=15))
print(re.findall(r"\d+", "a1b22c333"), datetime.date(2024, 2, 29).isoformat())
print(datetime.timedelta(days=1, hours=2), collections.namedtuple("P", "x y")(1, 2))
