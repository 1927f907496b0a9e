match x:
    case {f'{a}': 1}:
        f()
# xfail: the ruff parser rejects f-string keys in mapping patterns
