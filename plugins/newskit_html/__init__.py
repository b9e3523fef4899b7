"""newskit plugin: html (in construction)."""
