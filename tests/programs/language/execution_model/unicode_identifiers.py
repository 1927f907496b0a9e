café = "coffee"
naïve = 1
Δ = 0.5
def größe(x):
    return x * 2
print(café, naïve + Δ, größe(3))
print("ﬁle" == "file", "ﬁ".isidentifier())
ﬁle = "normalised"
print(file)
