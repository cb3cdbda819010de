"""The PDF loss report: layout (reportlab), fonts, signing and verification (pyHanko).

Both libraries are imported only inside the functions that need them: pyHanko alone costs over
a third of a second to import.
"""
