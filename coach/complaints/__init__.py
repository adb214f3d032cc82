"""Complaints as plain values: the record, its fields, the vocabulary and the stage rules."""
