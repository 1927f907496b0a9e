source = """
def helper():
    return 1 / 0
helper()
"""
exec(source)
