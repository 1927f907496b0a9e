def averager():
    total, count = 0.0, 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count

avg = averager()
next(avg)
for v in [10, 20, 30, 5]:
    print(avg.send(v))
