class Weird(Exception):
    def __str__(self):
        raise ValueError("cannot stringify")

raise Weird("x")
