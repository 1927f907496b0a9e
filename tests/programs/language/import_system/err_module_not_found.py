import pkgs
import pkgs.does_not_exist
