"""Quick-action dialogs of the firm detail pane: one module per concept, each a thin form over a service."""
