"""newskit plugin: numbers (in construction)."""
