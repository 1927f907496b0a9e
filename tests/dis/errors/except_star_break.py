# xfail: not yet identical to CPython
for x in y:
    try:
        pass
    except* ValueError:
        break
