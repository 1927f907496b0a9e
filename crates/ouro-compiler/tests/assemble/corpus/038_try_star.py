try:
    risky()
except* ValueError as eg:
    handle(eg)
except* TypeError:
    pass
