import pkgs.lazy as lazy
print(lazy.eager)
print(lazy.computed_thing)
print(dir(lazy))
try:
    lazy.nope
except AttributeError as e:
    print(e)
