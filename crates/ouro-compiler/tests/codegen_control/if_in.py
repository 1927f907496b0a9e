if a in b or a not in c:
    f()
