"""Domain model and rules. Standard library only: no SQL, no files, no Qt."""
