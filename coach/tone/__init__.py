"""The wording check: rules per language and the matcher that finds them in a draft."""
