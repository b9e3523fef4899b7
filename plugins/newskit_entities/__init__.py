"""newskit plugin: entities (in construction)."""
