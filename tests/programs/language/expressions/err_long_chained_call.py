text = "alpha,beta,,delta"
lengths = [len(part) for part in text.split(",")]
print(lengths)
first_letters = [part[0].upper() for part in text.split(",")]
