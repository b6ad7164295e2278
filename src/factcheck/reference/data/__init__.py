"""Embedded reference tables: a wheel fills this package from the repository's reference_data/."""
