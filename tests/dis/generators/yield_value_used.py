def gen():
    received = yield "ready"
    while received:
        received = yield received * 2
# xfail: not yet identical to CPython
