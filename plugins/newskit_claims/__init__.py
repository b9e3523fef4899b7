"""newskit plugin: claims (in construction)."""
