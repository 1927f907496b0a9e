print(repr(exit), repr(quit))
try:
    quit("bye")
except SystemExit as e:
    print(repr(e.code))
exit()
