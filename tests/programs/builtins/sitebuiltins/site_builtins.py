# The builtins `site` adds (Lib/_sitebuiltins.py): exit and quit, copyright, credits, license
# and help: their types, reprs, instance attributes, calls (credits prints its short text at
# once), argument errors, new instances, and exit's closing of standard input.
import builtins
import sys

print(repr(exit), repr(quit), type(exit), type(exit).__module__, type(exit).__qualname__)
print(type(credits).__name__, type(help).__name__, type(license) is type(copyright))
print(vars(exit), vars(quit) == {"name": "quit", "eof": "Ctrl-D (i.e. EOF)"})
print(repr(copyright).splitlines()[0])
print(repr(credits))
print(repr(license))
print(repr(help))
print(sorted(vars(credits)), type(license).MAXLINES)
credits()
print(vars(credits)["_Printer__linecnt"])
print([n for n in ("exit", "quit", "copyright", "credits", "license", "help") if n in dir(builtins)])
try:
    quit("bye")
except SystemExit as e:
    print(repr(e.code), sys.stdin.closed)
for bad in [lambda: exit(1, 2), lambda: type(exit)("a"), lambda: type(exit)("a", "b", eof="c"),
            lambda: type(exit)("a", "b", other=1), lambda: repr(type(credits)())]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
q = type(exit)("x", eof="E")
print(q, q.name, q.eof)
p = type(credits)("thing", "line 1\nline 2", ["a"], ["nowhere", "nothere"])
print(repr(p), vars(p)["_Printer__filenames"])
p()


class Bad:
    def close(self):
        raise ValueError("no")


sys.stdin = Bad()
try:
    exit()
except SystemExit as e:
    print(repr(e.code))
exit(4)
