def f(e):
    try:
        raise e
    except Exception:
        return "Exception"
    except BaseException as b:
        return "BaseException " + type(b).__name__

print(f(ValueError()), f(KeyboardInterrupt()), f(SystemExit()), f(GeneratorExit()))
