import _opcode, dis
for args in [(dis.opmap['LOAD_CONST'],), (1000,), (dis.opmap['POP_TOP'], 5), (dis.opmap['FOR_ITER'], 3), ('x',), (dis.opmap['BUILD_LIST'],3), (0,), (dis.opmap['JUMP_FORWARD'], 3)]:
    try: print(_opcode.stack_effect(*args))
    except Exception as e: print(type(e).__name__, e)
print(_opcode.stack_effect(dis.opmap['FOR_ITER'], 3, jump=True), _opcode.stack_effect(dis.opmap['FOR_ITER'], 3, jump=False))
try: _opcode.stack_effect(1, jump=3)
except Exception as e: print(type(e).__name__, e)
