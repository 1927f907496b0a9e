def main():
    return 0
if __name__ == "__main__":
    main()
# xfail: not yet identical to CPython
