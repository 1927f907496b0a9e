def parse_age(text):
    age = int(text)
    return age

print(parse_age("42"))
parse_age("forty")
