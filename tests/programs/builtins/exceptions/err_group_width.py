def raiser(i):
    raise ValueError(i)
excs = []
for i in range(17):
    try:
        raiser(i)
    except ValueError as e:
        excs.append(e)
try:
    raise KeyError("ctx")
except KeyError:
    raise ExceptionGroup("many", excs)
