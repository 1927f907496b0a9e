def f(items):
    first, *rest = items
    *init, last = items
    a, (b, *c), d = items
    return [*rest, *init], (*items, 1), {*items}, {**{}, 'a': first}
