"""Complaint Coach: guides a shop owner through each customer complaint."""

__version__ = "0.1.0"
