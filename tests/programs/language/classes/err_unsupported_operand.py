class Money:
    def __init__(self, cents):
        self.cents = cents

total = Money(100)
total = total + Money(50)
