from pkgs.exports import *
print(public_one(), public_two())
try:
    _private()
except NameError as e:
    print(e)
try:
    hidden
except NameError as e:
    print(e)
