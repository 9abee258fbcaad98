"""Built-in scanners, one per module; found by name through ``aire.guard.registry``."""
