"""Reference customs data: schema, store, importers."""
