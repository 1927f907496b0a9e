# _sre.compile rejects code that re._compiler could not have produced.
import _sre

M = _sre.MAXREPEAT
cases = [
    [],                                  # no final SUCCESS
    [1],                                 # valid: matches the empty string
    [15, 0, 1],                          # a lone JUMP
    [16, 97],                            # no SUCCESS
    [99, 1],                             # unknown opcode
    [17, 0, 16, 97, 17, 1, 1],           # MARK beyond the groups (0 groups)
    [11, 0, 1],                          # GROUPREF to a missing group
    [6, 12, 1],                          # unknown AT code
    [13, 4, 8, 99, 0, 1],                # unknown category in a set
    [13, 3, 16, 97, 1],                  # set not ended by FAILURE
    [24, 10, 0, M, 13, 5, 22, 98, 100, 0, 1, 1],   # REPEAT_ONE with a correct skip
    [24, 9, 0, M, 13, 5, 22, 98, 100, 0, 1, 1],    # REPEAT_ONE with a wrong skip
    [24, 6, 3, 2, 16, 97, 1, 1],         # min > max
    [24, 100, 0, 1, 16, 97, 1, 1],       # skip past the end
    [7, 0, 1],                           # BRANCH with no alternative
    [7, 5, 16, 97, 15, 7, 5, 16, 98, 15, 2, 0, 1],  # BRANCH a|b
    [7, 5, 16, 97, 15, 7, 5, 16, 98, 15, 3, 0, 1],  # JUMPs to different targets
    [14, 4, 0, 0, 0, 16, 97, 1],         # INFO, LITERAL
    [14, 4, 8, 0, 0, 16, 97, 1],         # INFO with unknown flags
    [4, 5, 0, 16, 97, 1, 1],             # ASSERT (?=a)
    [4, 5, 0, 16, 97, 0, 1],             # ASSERT not ended by SUCCESS
    [27, 4, 16, 97, 1, 1],               # ATOMIC_GROUP
    [28, 5, 0, M, 16, 97, 1, 1],         # POSSESSIVE_REPEAT
    [28, 6, 0, M, 16, 97, 1, 1],         # POSSESSIVE_REPEAT with a wrong skip
    [23, 5, 0, M, 16, 97, 18, 1],        # REPEAT ... MAX_UNTIL
    [23, 5, 0, M, 16, 97, 19, 1],        # REPEAT ... MIN_UNTIL
    [23, 6, 0, M, 16, 97, 18, 1],        # REPEAT with a wrong skip
    [17, 2, 17, 3, 1],                   # marks of group 2 with no groups
    [12, 0, 3, 1],                       # GROUPREF_EXISTS of a missing group
    [23, 5, 0, M, 16, 97, 1, 1],         # REPEAT not closed by an UNTIL
]
for code in cases:
    try:
        p = _sre.compile('x', 0, code, 0, {}, (None,))
        print(code, 'ok', p.match('ab'), p.search('ba'))
    except Exception as e:
        print(code, type(e).__name__, e)
try:
    _sre.compile('x', 0, [17, 0, 16, 97, 17, 1, 1], 1, {}, (None, None))
    print('one group ok')
    _sre.compile('x', 0, [-1, 1], 0, {}, (None,))
except Exception as e:
    print(type(e).__name__, e)
try:
    _sre.compile('x', 0, [2 ** 32, 1], 0, {}, (None,))
except Exception as e:
    print(type(e).__name__, e)
try:
    _sre.compile('x', 0, (1,), 0, {}, (None,))
except Exception as e:
    print(type(e).__name__, e)
