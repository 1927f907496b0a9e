top = __import__("pkgs.alpha.beta")
print(top.__name__)
leaf = __import__("pkgs.alpha.beta", fromlist=["value"])
print(leaf.__name__, leaf.value())
