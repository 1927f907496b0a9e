import pkgs.guarded as g
print("imported guarded, its __name__ is", g.__name__)
print(g.main_ran)
