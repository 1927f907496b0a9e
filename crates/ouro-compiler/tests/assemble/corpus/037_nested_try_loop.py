for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        work(i)
    except Exception:
        pass
    finally:
        log(i)
