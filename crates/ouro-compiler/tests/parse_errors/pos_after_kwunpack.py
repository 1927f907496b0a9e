print(*a, **b, c)
