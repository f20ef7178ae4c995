"""Persistence: the .ciw SQLite file, its schema, locks, backups and repositories."""
