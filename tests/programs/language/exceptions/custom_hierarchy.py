class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, msg):
        super().__init__(msg)
        self.table = table
class NotFound(DbError):
    pass

def find(x):
    raise NotFound("users", f"user {x} missing")

try:
    find(3)
except AppError as e:
    print(type(e).__name__, e.table, e, isinstance(e, DbError))
print([k.__name__ for k in NotFound.__mro__])
