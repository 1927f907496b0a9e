def reraise():
    raise

reraise()
