s = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\x1dline8\x1eline9\x85line10\u2028line11\u2029end\n"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(keepends=True), "no newline".splitlines(), "\r\n\r".splitlines(True))
