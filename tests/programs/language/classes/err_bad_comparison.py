class Box:
    pass

boxes = [Box(), Box()]
print(len(boxes))
sorted(boxes)
