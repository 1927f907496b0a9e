# _opcode.stack_effect for every opcode number, oparg and jump flag.
import _opcode
r=[]
for op in range(256):
  for a in (None, 0, 1, 3):
    for j in (None, True, False):
      try: r.append((op,a,j,_opcode.stack_effect(op, a, jump=j)))
      except Exception as e: r.append((op,a,j,str(e)))
print(r)
