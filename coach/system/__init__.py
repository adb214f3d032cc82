"""The app on this computer: its folders, bundled files, the owner's settings, safe file writes."""
