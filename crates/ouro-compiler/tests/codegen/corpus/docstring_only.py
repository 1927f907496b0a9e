'''only doc'''
