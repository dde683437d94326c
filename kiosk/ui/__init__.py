"""Screens, widgets, theme and the task runner (Qt)."""
