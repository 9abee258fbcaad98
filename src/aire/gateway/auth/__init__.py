"""Who is calling: the master key, virtual keys and short-lived scoped tokens."""
