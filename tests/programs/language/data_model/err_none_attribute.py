# xfail: not yet identical to CPython
import re
match = re.match(r"\d+", "abc")
print(match.group(0))
