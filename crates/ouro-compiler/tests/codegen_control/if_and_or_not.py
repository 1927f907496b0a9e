if (a or not b) and (c or d):
    f()
