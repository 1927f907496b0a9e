def greet():
    print("hello " + usernme)

username = "ann"
greet()
