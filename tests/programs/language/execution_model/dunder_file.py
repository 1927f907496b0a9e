import os
print(__file__)
print(os.path.basename(__file__), os.path.isabs(__file__))
print(os.path.dirname(__file__) == os.getcwd())
import sys
print(sys.argv[0])
print(sys.path[0] == os.path.dirname(__file__))
