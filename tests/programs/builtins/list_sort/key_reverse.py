words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "grape"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[-1]))
print(sorted(words, key=str.casefold, reverse=True))
print(sorted(range(-5, 6), key=abs))
print(sorted(range(-5, 6), key=abs, reverse=True))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda t: t[0]))
