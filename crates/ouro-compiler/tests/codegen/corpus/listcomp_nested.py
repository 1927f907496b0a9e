x = [a * c for a in b for c in d]
y = [[a for a in b] for b in c]
