"""Doc."""
from __future__ import annotations
import sys
