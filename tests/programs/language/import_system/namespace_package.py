import pkgs.nspkg.part
print(pkgs.nspkg.part.greet())
print(pkgs.nspkg.__file__, type(pkgs.nspkg.__path__).__name__)
