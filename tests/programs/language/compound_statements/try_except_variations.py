def f(exc):
    try:
        if exc:
            raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ValueError:
        return "value"
    except:
        return "bare"
    else:
        return "no exception"
    finally:
        print("finally for", exc)

for e in [None, KeyError, IndexError("i"), ValueError, TypeError]:
    print(f(e))
