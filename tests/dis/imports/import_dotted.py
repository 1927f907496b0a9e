import os.path
import xml.etree.ElementTree
# xfail: not yet identical to CPython
