"""Staff dashboard cards: my tasks and notifications, and the progress of plans in scope."""
