"""The only code that opens the database file and the photo files."""
