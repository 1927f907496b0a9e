def f(cms):
    for cm in cms:
        with cm:
            if cm:
                break
            continue
