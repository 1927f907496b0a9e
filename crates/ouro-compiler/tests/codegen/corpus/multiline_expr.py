x = [
    a,
    b,
]
y = {
    'k': v,
}
