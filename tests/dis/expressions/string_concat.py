s = "abc" "def"
b = b"ab" b"cd"
t = ("multi"
     "line")
