"""Complaints in and out of spreadsheet files (CSV)."""
