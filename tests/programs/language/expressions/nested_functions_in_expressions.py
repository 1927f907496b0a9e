print([(lambda n: n * 2)(i) for i in range(3)])
print({k: (lambda: k)() for k in "ab"})
print(sum(map(lambda x: x ** 2, filter(lambda x: x % 2, range(10)))))
print((lambda *a: sum(a))(*[i for i in range(5)]))
