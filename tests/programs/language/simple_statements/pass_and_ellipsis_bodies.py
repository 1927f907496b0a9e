def f():
    pass
def g():
    ...
class C:
    pass
for _ in range(2):
    pass
if True:
    pass
print(f(), g(), C.__name__)
