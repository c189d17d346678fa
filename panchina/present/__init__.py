"""Present stage: the export contract, tables and text for people."""
