for w in range(0, 12, 3):
    for p in range(0, 4):
        print(w, p, repr(f"{3.14159:{w}.{p}f}"), repr(f"{'abcdef':{w}.{p}}"), repr("{:{}.{}e}".format(2.5, w, p)))
