def numbers():
    for i in range(5):
        try:
            yield i
        finally:
            print("finally", i)
for n in numbers():
    if n == 2:
        break
print("after break")
