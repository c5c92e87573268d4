"""Configuration: defaults, then ``[tool.verify]`` in pyproject.toml or a verify.toml,
then ``VERIFY_*`` environment variables, then command-line flags (flags win).

The file is looked for from the inputs' folder upward, stopping at the repository root
(the first folder holding ``.git``). Relative paths in a file are relative to the file.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from verify.errors import ConfigError

DEFAULTS: dict[str, Any] = {
    "sources": [],
    "format": "terminal",
    "fail_on": ["ALTERED", "MISATTRIBUTED", "NOT_FOUND"],
    "severity": {},
    "quiet": False,
    "cache_dir": None,
    "cache": True,
    "model": "sentence-transformers/all-MiniLM-L6-v2",
    "model_dir": None,
    "semantic": True,
    "nli_model": None,
    "allow_private_network": False,
    "offline": False,
    "search": ["gdelt", "google-news"],
    "search_interval": None,
    "archive": True,
    "record": None,
    "replay": None,
    "timeout": 15.0,
    "max_bytes": 5_000_000,
    "deadline": 30.0,
    "outlets": [],
    "baseline": None,
    "inline_suppressions": True,
    "color": None,
    "reviewer": "source-verify",
    "reviewer_url": None,
    "published_url": None,
    "min_checked": None,
    "search_budget": 50,
    "max_article_bytes": 5_000_000,
    "max_quotes": 1000,
}
_LISTS = {"sources", "fail_on", "outlets", "search"}
_BOOLS = {"quiet", "cache", "semantic", "allow_private_network", "inline_suppressions", "color",
          "offline", "archive"}
_FLOATS = {"timeout", "search_interval", "min_checked", "deadline"}
_INTS = {"max_bytes", "search_budget", "max_article_bytes", "max_quotes"}
_PATHS = {"cache_dir", "baseline", "outlets", "sources", "record", "replay", "model_dir"}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def default_cache_dir() -> Path:
    """The user cache folder of the tool (pages, vectors, the model's ONNX copy), found by
    platformdirs as pip and pre-commit find theirs: ``$XDG_CACHE_HOME/source-verify`` or
    ``~/.cache/source-verify`` on Linux, ``~/Library/Caches/source-verify`` on macOS,
    ``%LOCALAPPDATA%\\source-verify\\Cache`` on Windows. Shared by every project of the
    user, so no run leaves a ``cache/`` folder in a repository."""
    import platformdirs

    return platformdirs.user_cache_path("source-verify", appauthor=False)


def default_model_dir() -> Path:
    """Where the ONNX copy of the default model is kept: ``models`` in
    :func:`default_cache_dir`."""
    return default_cache_dir() / "models"


@dataclass
class Settings:
    """The merged configuration, with where each value came from."""

    values: dict[str, Any] = field(default_factory=lambda: dict(DEFAULTS))
    origin: dict[str, str] = field(default_factory=lambda: dict.fromkeys(DEFAULTS, "default"))
    file: Path | None = None
    root: Path | None = None
    """The repository root (or the folder the search started from)."""

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def as_dict(self) -> dict[str, Any]:
        """Values and origins, for ``verify config``."""
        return {"file": str(self.file) if self.file else None,
                "root": str(self.root) if self.root else None,
                "settings": {k: {"value": v, "from": self.origin[k]}
                             for k, v in self.values.items()}}


def _coerce(key: str, value: Any, origin: str) -> Any:
    try:
        if key in _BOOLS:
            if isinstance(value, bool) or value is None:
                return value
            text = str(value).strip().lower()
            if text in _TRUE:
                return True
            if text in _FALSE:
                return False
            raise ValueError(f"expected true or false, got {value!r}")
        if key in _LISTS:
            if isinstance(value, str):
                return [v.strip() for v in value.split(",") if v.strip()]
            if not isinstance(value, list | tuple):
                raise ValueError(f"expected a list, got {value!r}")
            return [str(v) for v in value]
        if key in _FLOATS:
            return None if value in (None, "") else float(value)
        if key in _INTS:
            return int(value)
        if key == "severity":
            if not isinstance(value, Mapping):
                raise ValueError("expected a table of VERDICT = level")
            return {str(k): str(v) for k, v in value.items()}
        return value if value is None else str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{origin}: {key}: {exc}") from exc


def find_config(start: Path) -> tuple[Path | None, Path]:
    """The config file for inputs under ``start`` and the repository root."""
    here = start.resolve()
    for folder in (here, *here.parents):
        candidate = folder / "verify.toml"
        if candidate.is_file():
            return candidate, _repo_root(folder)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "tool" in (data := _read_toml(pyproject)) \
                and "verify" in data["tool"]:
            return pyproject, _repo_root(folder)
        if (folder / ".git").exists():
            return None, folder
    return None, here


def _repo_root(folder: Path) -> Path:
    for f in (folder, *folder.parents):
        if (f / ".git").exists():
            return f
    return folder


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc


def _file_values(path: Path) -> dict[str, Any]:
    data = _read_toml(path)
    table = data.get("tool", {}).get("verify", {}) if path.name == "pyproject.toml" else data
    out = {}
    for raw_key, value in table.items():
        key = raw_key.replace("-", "_")
        if key not in DEFAULTS:
            raise ConfigError(f"{path}: unknown setting {raw_key!r}")
        value = _coerce(key, value, str(path))
        if key in _PATHS and value is not None:
            value = [_relative(path.parent, v) for v in value] if isinstance(value, list) \
                else _relative(path.parent, value)
        out[key] = value
    return out


def _relative(base: Path, value: str) -> str:
    if "://" in value or Path(value).is_absolute():
        return value
    return str(base / value)


def start_folder(inputs: Sequence[str]) -> Path:
    """Where to look for configuration: the common folder of the local inputs, else cwd."""
    local = [Path(p).resolve() for p in inputs if p != "-" and "://" not in p]
    if not local:
        return Path.cwd()
    folders = [p if p.is_dir() else p.parent for p in local]
    return Path(os.path.commonpath([str(f) for f in folders]))


def load_settings(inputs: Sequence[str], flags: Mapping[str, Any], *,
                  env: Mapping[str, str] | None = None, config: Path | None = None
                  ) -> Settings:
    """Merge defaults, the discovered (or given) file, ``VERIFY_*`` and flags."""
    settings = Settings()
    if config is not None:
        if not config.is_file():
            raise ConfigError(f"{config}: no such config file")
        settings.file, settings.root = config, _repo_root(config.parent.resolve())
    else:
        settings.file, settings.root = find_config(start_folder(inputs))
    if settings.file is not None:
        for k, v in _file_values(settings.file).items():
            settings.values[k], settings.origin[k] = v, str(settings.file)
    environ = os.environ if env is None else env
    for key in DEFAULTS:
        name = "VERIFY_" + key.upper()
        if name in environ and key != "severity":
            settings.values[key] = _coerce(key, environ[name], name)
            settings.origin[key] = name
    for key, value in flags.items():
        if value is not None:
            settings.values[key] = _coerce(key, value, "--" + key.replace("_", "-"))
            settings.origin[key] = "flag"
    return settings
