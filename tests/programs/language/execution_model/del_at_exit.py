class Last:
    def __del__(self):
        print("module-level object finalised at exit")
keep = Last()
print("end of module")
