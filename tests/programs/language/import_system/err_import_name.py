from pkgs.alpha import no_such_name
