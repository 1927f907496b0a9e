print('single', "double", '''triple''', """dq triple""")
print(r"raw\n", "esc\\n", "\x41\101\u0041", b"\x41", rb"\x41")
print("con" "cat" 'enation', len("\n\t"), "a\
b")
print(f"{'f-string'}", F"{1+1}", rf"\{2}", f"{{}}")
print(repr("it's"), repr('say "hi"'), repr("both ' \""))
