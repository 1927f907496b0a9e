import pkgs.circ_a as a
print(a.A_VALUE, a.b_value_seen)
import pkgs.circ_b as b
print(b.B_VALUE, b.a_loaded_at_import)
