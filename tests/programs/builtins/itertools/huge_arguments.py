# itertools: huge counts fail with MemoryError before allocating, as CPython's do.
import itertools as it
for f in [lambda: it.product('ab', repeat=2**40), lambda: it.tee([1], 2**40), lambda: it.permutations('ab', 2**40), lambda: it.combinations_with_replacement('ab', 2**40), lambda: it.combinations('ab', 2**40)]:
    try: f(); print('ok')
    except Exception as e: print(type(e).__name__, e)
