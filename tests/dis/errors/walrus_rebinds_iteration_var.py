x = [a := 1 for a in range(3)]
