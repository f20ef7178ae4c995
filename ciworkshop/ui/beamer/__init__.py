"""Beamer mode: the audience window on the second screen and the presenter console."""
