"""Helpers shared by the test folders: reading documents back (docx), building templates
(templates), running the command line (cli), the spell-checker (hunspell), nasty text (nasty)."""
