"""fieldapp: offline on-site loss survey with signed PDF loss reports."""

import warnings

__version__ = "0.1.0"

# pyHanko names cryptography's DSA key type when it loads, and recent cryptography releases
# warn that DSA is deprecated: a line of a library's internals on every command's stderr, for a
# key type fieldapp never makes. Only that warning, only from pyHanko, is silenced.
warnings.filterwarnings("ignore", message="DSA is deprecated", module=r"pyhanko(\.|$)")
