import itertools

def naturals():
    n = 0
    while True:
        yield n
        n += 1

def primes():
    for n in naturals():
        if n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1)):
            yield n

print(list(itertools.islice(primes(), 15)))
print(list(itertools.takewhile(lambda x: x < 20, (n * n for n in naturals()))))
