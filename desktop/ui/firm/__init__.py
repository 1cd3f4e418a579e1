"""The firm pane: the whole record of one firm, one concept per module."""
