"""Working-day calendar (placeholder until the calendar work lands)."""
