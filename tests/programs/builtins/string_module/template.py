# string.Template and the module's constants.
import string

t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="tim"))
try:
    t.substitute(who="tim")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("$").substitute()
except ValueError as e:
    print("ValueError", e)
print(t.get_identifiers(), t.is_valid())
print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation)
print(string.capwords("hello   big world"), string.capwords("a-b-c", "-"))
