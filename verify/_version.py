"""The version, in a module of its own: any stage may read it without importing the package
(whose public API is the pipeline)."""

__version__ = "0.1.0"
