def risky(n):
    if n % 3 == 0:
        raise ValueError(n)
    if n % 3 == 1:
        raise KeyError(n)
    return n
for i in range(6):
    try:
        print("ok", risky(i))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    pass
except:
    print("never")
else:
    print("else branch")
e = None
try:
    raise ValueError("name cleared")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
