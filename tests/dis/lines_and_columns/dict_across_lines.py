def f(a):
    return {
        "a": a,
        "b": [
            a,
            a,
        ],
    }
