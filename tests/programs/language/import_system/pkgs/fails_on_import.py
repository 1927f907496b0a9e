SETTING = 1


def configure():
    return {"a": 1}["b"]


configure()
