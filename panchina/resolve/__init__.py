"""Resolve/fuse stage: one record from what many documents said."""

from panchina.resolve.fuse import fuse

__all__ = ["fuse"]
