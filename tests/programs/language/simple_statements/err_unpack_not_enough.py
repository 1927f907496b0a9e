header, body, footer = "title\ncontent".split("\n")
