"""Module docstring."""
import sys
__all__ = ["a"]
