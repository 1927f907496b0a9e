class A:
    n = 3
    items = [i for i in range(n)]
    try:
        bad = [n for i in range(2)]
    except NameError as e:
        bad = str(e)
print(A.items, A.bad)
