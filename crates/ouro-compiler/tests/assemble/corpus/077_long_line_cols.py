value = some_function_with_a_long_name(argument_one, argument_two, argument_three) + another_function(another_argument)
