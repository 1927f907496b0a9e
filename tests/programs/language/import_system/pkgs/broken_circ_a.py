from .broken_circ_b import B_THING
A_THING = "a"
