def area(width, height):
    return width * height

print(area(2, 3))
area(width=2, hieght=3)
