import dataclasses
@dataclasses.dataclass
class P:
    x: int
    y: int = 0
