"""Reporters: terminal, json/jsonl, csv/parquet, html, sarif, github."""
