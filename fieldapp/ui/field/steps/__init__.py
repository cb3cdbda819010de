"""One module a step of the field flow; each page is a face over the services."""
