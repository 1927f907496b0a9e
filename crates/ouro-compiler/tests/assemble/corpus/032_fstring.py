name = "w"
s = f"hello {name!r:>10} and {1 + 2} {x=}"
