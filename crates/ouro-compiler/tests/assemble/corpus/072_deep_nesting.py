for a in A:
    for b in B:
        while c:
            if d:
                try:
                    with e:
                        f()
                except G:
                    continue
                else:
                    break
            c = h()
