# tempfile imports random (for its name sequence).
import tempfile
import random

print(type(tempfile._RandomNameSequence()).__name__)
print(len(next(tempfile._RandomNameSequence())))
random.seed(1)
print(random.random())
