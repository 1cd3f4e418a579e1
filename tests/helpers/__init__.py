"""Shared test helpers: template databases copied per test, and builders for firms and histories."""
