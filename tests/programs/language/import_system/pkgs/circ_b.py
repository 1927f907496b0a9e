from . import circ_a
B_VALUE = "b"
a_loaded_at_import = hasattr(circ_a, "A_VALUE")
