# dataclasses (which imports inspect, and through it ast) on ordinary classes.
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
print(p, p == Point(1, 0, []), p != Point(2))
print([f.name for f in fields(Point)])
print(asdict(Point(3, 4, ["a"])), astuple(Point(3, 4)))
print(replace(p, y=9))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(2), Version(1, 5), Version(1)]))
try:
    Version(1).major = 3
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(hash(Version(1, 2)) == hash(Version(1, 2)))


@dataclass
class Sub(Point):
    z: int = 7


print(Sub(1, 2, [], 3))
print(dataclasses.is_dataclass(Sub), dataclasses.is_dataclass(1))

import ast

print(ast.get_docstring(ast.Module([ast.Expr(ast.Constant("  doc\n  more"))], [])))
