"""Use cases, called alike by the command line and the GUI."""
