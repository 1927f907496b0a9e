def maybe_unbound(flag):
    if flag:
        x = 1
    return x

def after_del(a):
    b = a
    del b
    return b

def loop_assign(items):
    for item in items:
        last = item
    return last

def while_loop(n):
    i = 0
    total = 0
    while i < n:
        total += i
        i += 1
    return total

def param_reassign(a):
    a = a + 1
    return a

def comp(xs):
    y = [x * 2 for x in xs]
    return y, [x for x in y if x]

def walrus(xs):
    if any((hit := x) > 3 for x in xs):
        return hit
    return None
