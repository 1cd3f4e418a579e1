"""File formats in and out: regional lists (readers), list exports and the monthly ledger workbook."""
