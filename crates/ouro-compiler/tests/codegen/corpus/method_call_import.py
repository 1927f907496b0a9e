import os
os.getcwd()
os.path.join(a, b)
x.y()
