def gen():
    received = yield "ready"
    while received:
        received = yield received * 2
