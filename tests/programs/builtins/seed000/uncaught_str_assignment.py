# Seed note 000: the cell that fails, left uncaught as in the notebook.
some_string = "This is a string. You can't change me. Ha!"
print(some_string)
some_string[22:27] = " CAN "
