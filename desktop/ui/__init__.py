"""Qt user interface: windows, dialogs, item models and background workers. Thin: it calls services."""
