from .broken_circ_a import A_THING
B_THING = "b"
