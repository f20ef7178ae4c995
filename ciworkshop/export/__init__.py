"""Protocols and exports: PDF, Markdown, CSV and JSON, rendered from domain data only."""
