x = Rb'a' + bR'b' + rf'{x}' + Fr'{y}'
