"""File formats in and out: regional lists, the monthly ledger workbook."""
