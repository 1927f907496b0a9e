# The test of a `while` loop is compiled twice (before the loop and at its end); the two
# identical generator-expression code objects are one constant, as CPython's code equality
# merges them. Two lambdas on one line are equal too; on separate lines they differ.
def wait(workers, n):
    while any(w.is_alive() for w in workers):
        n += 1
    return n

pair = (lambda: 1), (lambda: 1)
other = (lambda: 1)
