"""首贷培育工作台 FirstLoan Desk."""

__version__ = "0.1.0"
