import pkgs.broken_circ_a
