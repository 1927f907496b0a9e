# A compound statement whose body ends with a semicolon ends at that semicolon.
def f(m):
    x = 1; del x;


def g(cm):
    with cm:
        print(1);


def h(cm):
    with cm as c:
        if c:
            c.close() ;


class C:
    def method(self):
        for i in range(3):
            pass;
