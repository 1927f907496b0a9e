def ratio(a, b):
    return a / b

def average(values):
    return ratio(sum(values), len(values))

def report(groups):
    for name, values in groups:
        print(name, average(values))

report([("one", [1, 2, 3]), ("two", [4]), ("empty", [])])
