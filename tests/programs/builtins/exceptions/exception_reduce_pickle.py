# __reduce__ of the built-in exceptions (OSError puts its file names back into the arguments,
# ImportError and AttributeError add their keyword attributes to the state), and pickle/copy.
import pickle, copy
for e in [OSError(2, 'x', 'f'), OSError(2, 'x', 'f', None, 'g'), OSError(2, 'x'), OSError('a'), BlockingIOError(11, 'x', 3),
          ImportError('m', name='n', path='p'), ImportError('m'), AttributeError('m', name='n', obj=1), AttributeError('m'), NameError('m', name='n'),
          StopIteration(3), SystemExit(4), KeyError('k'), SyntaxError('m', ('f', 1, 2, 't')), UnicodeDecodeError('e', b'ab', 0, 1, 'r')]:
    r = e.__reduce__()
    print(type(e).__name__, r[0].__name__, r[1:])
    for f in (lambda x: pickle.loads(pickle.dumps(x)), copy.copy):
        try:
            x = f(e)
            print("  ", type(x).__name__, x.args, str(x), getattr(x, 'name', '-'), getattr(x, 'filename', '-'), getattr(x, 'characters_written', '-'), getattr(x, 'obj', '-'))
        except Exception as ex:
            print("  ", type(ex).__name__, ex)
