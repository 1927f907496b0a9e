raise SystemExit("stopping with a message")
