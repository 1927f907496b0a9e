class Parser:
    def __init__(self, text):
        self.text = text
    def parse(self):
        return [self.item(part) for part in self.text.split(",")]
    def item(self, part):
        return int(part)

print(Parser("1,2,3").parse())
Parser("1,two,3").parse()
