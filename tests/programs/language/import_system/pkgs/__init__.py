"""Helper packages imported by the import_system programs (not programs themselves)."""
