"""File formats exchanged with the region: list readers and spreadsheet writers."""
