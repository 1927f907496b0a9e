import types
m = types.ModuleType("made", "doc of made")
m.x = 1
exec("def f(): return x + 1", m.__dict__)
print(m.__name__, m.__doc__, m.f(), sorted(k for k in vars(m) if not k.startswith("__")))
import pkgs.alpha.beta as beta
beta.CONSTANT = "patched"
import pkgs.alpha.beta
print(pkgs.alpha.beta.CONSTANT)
