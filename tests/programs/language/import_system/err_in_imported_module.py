print("importing a module that fails")
import pkgs.fails_on_import
