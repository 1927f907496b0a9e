calls = []
def msg():
    calls.append("evaluated")
    return "message"
assert True, msg()
print(calls)
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)
