"""Use cases, one module each. Every operation is one transaction and writes the audit log."""
