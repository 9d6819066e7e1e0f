"""Staff dashboard widgets of the reporting app."""
