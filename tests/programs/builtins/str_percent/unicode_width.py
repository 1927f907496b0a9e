for s in ("é", "日本語", "🐍🐍", "a\u0301"):
    print(repr("%5s|" % s), repr("%-5s|" % s), repr("%.1s" % s), repr("%c" % s[0]))
print("%c" % 0x1F40D, repr("%c" % 0), repr("%c" % 0x10FFFF))
