from pkgs.rel import too_far
