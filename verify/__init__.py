"""source-verify: check that quotations really appear, unaltered, in their credited sources.

The library does the work and returns results; it never prints or exits. The public
entry points are :func:`check` (the whole pipeline) and :func:`extract_quotes`
(quotes and attributions only), both returning the models of :mod:`verify.report`.
"""

import logging
from typing import Any

from verify._version import __version__

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "CheckOptions",
    "InputError",
    "VerifyError",
    "__version__",
    "check",
    "extract_quotes",
]


def __getattr__(name: str) -> Any:
    # Lazy, so that `import verify.quotes` alone does not import the whole pipeline.
    if name == "CheckOptions":
        from verify.options import CheckOptions

        return CheckOptions
    if name in {"check", "extract_quotes"}:
        from verify import pipeline

        return getattr(pipeline, name)
    if name in {"InputError", "VerifyError"}:
        from verify import errors

        return getattr(errors, name)
    raise AttributeError(name)
