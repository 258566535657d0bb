"""Tests; see tests/__init__.py."""
