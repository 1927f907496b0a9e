def f():

    # comment

    x = 1


    return x
