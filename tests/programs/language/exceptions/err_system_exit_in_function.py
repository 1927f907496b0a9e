def main():
    print("main running")
    raise SystemExit(7)

if __name__ == "__main__":
    main()
