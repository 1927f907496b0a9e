def f(rows):
    for row in rows:
        if not row:
            continue
        if row[0] == 0:
            break
    else:
        print("completed")
