"""Text as the owner writes and reads it: languages, normalised search text, digits, dates, months."""
