"""newskit plugin: boilerplate (in construction)."""
