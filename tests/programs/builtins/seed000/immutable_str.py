# Seed note 000: "Changing immutable data" -- strings cannot be changed from Python.
some_string = "This is a string. You can't change me. Ha!"
try:
    some_string[22:27] = " CAN "
except TypeError as e:
    print(type(e).__name__, e)
try:
    some_string[0] = "t"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del some_string[0]
except TypeError as e:
    print(type(e).__name__, e)
print(some_string)
print(some_string[22:27])
print(some_string[:22] + " CAN " + some_string[27:])
print(list(map(ord, " CAN ")))
some_bytes = some_string.encode()
try:
    some_bytes[22:27] = b" CAN "
except TypeError as e:
    print(type(e).__name__, e)
