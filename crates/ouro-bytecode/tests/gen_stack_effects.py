"""Writes tests/data/stack_effects.txt: dis.stack_effect of python3.12 for every opcode
(pseudo-instructions included), every oparg 0..=300 and both jump values.

Each line is `NAME JUMP EFFECTS`, JUMP being 0 or 1 and EFFECTS either one number (the same
for every oparg) or 301 comma-separated numbers, one per oparg. Opcodes without an argument
(`op not in opcode.hasarg`) are asked with oparg None and get one number.

Run from the repository root:  python3.12 crates/ouro-bytecode/tests/gen_stack_effects.py
"""
import dis
import opcode
import os
import sys

assert sys.version_info[:2] == (3, 12)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "stack_effects.txt")
lines = []
for name, op in sorted(opcode.opmap.items(), key=lambda kv: kv[1]):
    if name.startswith("INSTRUMENTED_"):
        continue  # the compiler never emits these; ouro's table does not hold them
    for jump in (False, True):
        if op not in opcode.hasarg:
            effects = [dis.stack_effect(op, None, jump=jump)]
        else:
            effects = [dis.stack_effect(op, arg, jump=jump) for arg in range(301)]
        if len(set(effects)) == 1:
            text = str(effects[0])
        else:
            text = ",".join(map(str, effects))
        lines.append(f"{name} {int(jump)} {text}")
with open(out, "w") as fh:
    fh.write("\n".join(lines) + "\n")
print(f"{len(lines)} lines written to {out}")
