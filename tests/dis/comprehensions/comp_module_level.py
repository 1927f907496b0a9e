squares = [i * i for i in range(10)]
evens = {i for i in range(10) if i % 2 == 0}
