def gen(resource):
    try:
        yield resource
    finally:
        resource.close()
