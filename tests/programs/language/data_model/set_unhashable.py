try:
    {[1, 2]}
except TypeError as e:
    print(e)
try:
    {{}: 1}
except TypeError as e:
    print(e)
try:
    set([{1}])
except TypeError as e:
    print(e)
print({(1, 2), (1, 2)}, {frozenset({1})})
