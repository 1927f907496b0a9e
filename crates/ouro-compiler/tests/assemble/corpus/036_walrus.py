if (n := len(a)) > 10:
    print(n)
while (chunk := read()):
    process(chunk)
