import os
import pkgs.alpha.beta as beta
print(beta.__name__, beta.__package__, os.path.basename(beta.__file__))
print(beta.__spec__.name, beta.__spec__.parent, type(beta.__loader__).__name__)
print(os.path.relpath(beta.__file__, os.getcwd()))
import pkgs.alpha as alpha
print(os.path.relpath(alpha.__path__[0], os.getcwd()), alpha.__spec__.submodule_search_locations is not None)
