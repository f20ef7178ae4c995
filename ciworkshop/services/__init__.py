"""Use cases: each public call is one transaction and returns what changed."""
