items = [1, 2, 3, 4]
for x in items:
    if x == 2:
        items.remove(x)
print(items)
nums = [1, 2]
for n in nums:
    if len(nums) < 5:
        nums.append(n * 10)
print(nums)
