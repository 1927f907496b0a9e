def fail():
    raise NotImplementedError

fail()
