# The missing-comma error spans both operands.
values = [first.attr second + third]
