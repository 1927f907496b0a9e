def outer():
    items = []
    def add():
        items.append(1)
        items = [2]
    add()
outer()
