def f(s):
    return (s
            .strip()
            .lower()
            .split())
