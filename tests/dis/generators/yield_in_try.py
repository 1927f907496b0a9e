def gen(resource):
    try:
        yield resource
    finally:
        resource.close()
# xfail: not yet identical to CPython
