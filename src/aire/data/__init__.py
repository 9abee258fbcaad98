"""Data files shipped with aire (price table)."""
