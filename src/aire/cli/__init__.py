"""The ``aire`` command line."""
