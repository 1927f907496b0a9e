def trial(exc):
    try:
        raise exc
    except ArithmeticError:
        return "ArithmeticError"
    except LookupError:
        return "LookupError"
    except OSError as e:
        return "OSError " + type(e).__name__
    except Exception as e:
        return "Exception " + type(e).__name__

for e in [ZeroDivisionError(), OverflowError(), KeyError("k"), IndexError(),
          FileNotFoundError(), ValueError(), TypeError()]:
    print(trial(e))
