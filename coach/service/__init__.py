"""The operations the screens and the CLI share, on one open data folder (no Qt)."""
