A_VALUE = "a"
from . import circ_b
b_value_seen = circ_b.B_VALUE
