"""newskit plugin: dates_fr (in construction)."""
