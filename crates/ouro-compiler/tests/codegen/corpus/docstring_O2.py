'''doc removed'''
x = 1
