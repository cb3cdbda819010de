"""fieldapp: offline on-site loss survey with signed PDF loss reports."""

__version__ = "0.1.0"
