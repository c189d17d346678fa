"""Language packs: the language knowledge Panchina reads, kept as data under `data/<lang>/`."""

from panchina.lang.loader import LangPack, load_pack

__all__ = ["LangPack", "load_pack"]
