class C:
    '''doc'''
    x = 1
