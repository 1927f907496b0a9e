import os.path
import xml.etree.ElementTree
