try:
    LOADS += 1
except NameError:
    LOADS = 1
print("noisy module executing, load", LOADS)
