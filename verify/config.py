"""Configuration: defaults, then ``[tool.verify]`` in pyproject.toml or a verify.toml,
then ``VERIFY_*`` environment variables, then command-line flags (flags win).

The file is looked for from the inputs' folder upward, stopping at the repository root
(the first folder holding ``.git``). Relative paths in a file are relative to the file.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from verify.errors import ConfigError
from verify.fetch.config import FetchConfig
from verify.options import CheckOptions
from verify.sources.discovery.interface import DEFAULT_SEARCH

_FETCH = FetchConfig()
_OPTIONS = CheckOptions()


@dataclass
class Settings:
    """The merged configuration, typed, with where each value came from. The defaults of
    what a check does are the library's (:class:`~verify.options.CheckOptions`,
    :class:`~verify.fetch.client.FetchConfig`); the rest are the command line's."""

    sources: list[str] = field(default_factory=list)
    format: str = "terminal"
    fail_on: list[str] = field(default_factory=lambda: ["ALTERED", "MISATTRIBUTED",
                                                        "NOT_FOUND",
                                                        "OUT_OF_CONTEXT"])
    severity: dict[str, str] = field(default_factory=dict)
    quiet: bool = False
    cache_dir: str | None = None
    """None: the user cache folder (:func:`default_cache_dir`)."""
    cache: bool = True
    model: str = _OPTIONS.model
    model_dir: str | None = None
    """None: :func:`default_model_dir`."""
    semantic: bool = _OPTIONS.semantic
    nli_model: str | None = _OPTIONS.nli_model
    allow_private_network: bool = _FETCH.allow_private_network
    offline: bool = _FETCH.offline
    search: list[str] = field(default_factory=lambda: list(DEFAULT_SEARCH))
    search_interval: float | None = None
    archive: bool = True
    record: str | None = None
    replay: str | None = None
    timeout: float = _FETCH.timeout
    max_bytes: int = _FETCH.max_bytes
    deadline: float = _FETCH.deadline
    outlets: list[str] = field(default_factory=list)
    baseline: str | None = None
    inline_suppressions: bool = _OPTIONS.inline_suppressions
    color: bool | None = None
    reviewer: str = "source-verify"
    reviewer_url: str | None = None
    published_url: str | None = None
    min_checked: float | None = None
    search_budget: int = _OPTIONS.search_budget or 0
    """0: no limit."""
    max_article_bytes: int = _OPTIONS.max_article_bytes
    max_quotes: int = _OPTIONS.max_quotes
    x_oembed: str = _OPTIONS.x_oembed
    """X's oEmbed endpoint (``VERIFY_X_OEMBED``), for X and Twitter post addresses."""
    bluesky_api: str = _OPTIONS.bluesky_api
    """The Bluesky AppView (``VERIFY_BLUESKY_API``), for bsky.app post addresses."""
    # From the environment only (not settings of the file): the services' addresses, keys.
    search_urls: dict[str, str] = field(default_factory=dict, metadata={"env_only": True})
    """Base URL per search backend, from ``VERIFY_<BACKEND>_URL``."""
    search_keys: dict[str, str] = field(default_factory=dict, metadata={"env_only": True})
    """API key per search backend, from ``BRAVE_API_KEY``."""
    archive_url: str | None = field(default=None, metadata={"env_only": True})
    """The Wayback Machine's base URL, from ``VERIFY_WAYBACK_URL``."""
    origin: dict[str, str] = field(default_factory=lambda: dict.fromkeys(KEYS, "default"),
                                   metadata={"env_only": True})
    """Where each setting came from: default, the file's path, ``VERIFY_*`` or flag."""
    file: Path | None = field(default=None, metadata={"env_only": True})
    root: Path | None = field(default=None, metadata={"env_only": True})
    """The repository root (or the folder the search started from)."""

    def __getitem__(self, key: str) -> Any:
        return getattr(self, key)

    @property
    def values(self) -> dict[str, Any]:
        """The settings a file, ``VERIFY_*`` or a flag can give, by name."""
        return {k: getattr(self, k) for k in KEYS}

    def as_dict(self) -> dict[str, Any]:
        """Values and origins, for ``verify config``."""
        return {"file": str(self.file) if self.file else None,
                "root": str(self.root) if self.root else None,
                "settings": {k: {"value": v, "from": self.origin[k]}
                             for k, v in self.values.items()}}

    def cache_folder(self) -> Path | None:
        """The page cache's folder: ``cache_dir``, else the user cache folder; None when
        ``cache`` is off."""
        if not self.cache:
            return None
        return Path(self.cache_dir) if self.cache_dir else default_cache_dir()

    def model_folder(self) -> Path:
        """The ONNX copy's folder: ``model_dir``, else :func:`default_model_dir`."""
        return Path(self.model_dir) if self.model_dir else default_model_dir()

    def fetch_config(self, **overrides: Any) -> FetchConfig:
        """The fetching limits of these settings (``overrides`` win)."""
        values: dict[str, Any] = dict(
            cache_dir=self.cache_folder(), allow_private_network=self.allow_private_network,
            timeout=self.timeout, max_bytes=self.max_bytes, deadline=self.deadline,
            offline=self.offline, record=Path(self.record) if self.record else None,
            replay=Path(self.replay) if self.replay else None)
        return FetchConfig(**(values | overrides))

    def check_options(self, *, fetch: FetchConfig | None = None, **overrides: Any
                      ) -> CheckOptions:
        """The options of a check run with these settings (``overrides`` win)."""
        values: dict[str, Any] = dict(
            sources=self.sources, fetch=fetch or self.fetch_config(),
            search=[] if self.offline else self.search,
            search_urls=self.search_urls, search_keys=self.search_keys,
            search_intervals=_opt_in_intervals(self.search_interval),
            archive=self.archive and not self.offline, archive_url=self.archive_url,
            model=self.model, semantic=self.semantic, model_dir=self.model_folder(),
            nli_model=self.nli_model, outlet_files=[Path(p) for p in self.outlets],
            inline_suppressions=self.inline_suppressions,
            search_budget=self.search_budget or None,
            max_article_bytes=self.max_article_bytes, max_quotes=self.max_quotes,
            x_oembed=self.x_oembed, bluesky_api=self.bluesky_api)
        return CheckOptions(**(values | overrides))


KEYS: tuple[str, ...] = tuple(f.name for f in fields(Settings)
                              if not f.metadata.get("env_only"))
"""The settings a file, ``VERIFY_*`` or a flag can give."""
DEFAULTS: dict[str, Any] = Settings().values
_LISTS = {"sources", "fail_on", "outlets", "search"}
_BOOLS = {"quiet", "cache", "semantic", "allow_private_network", "inline_suppressions", "color",
          "offline", "archive"}
_FLOATS = {"timeout", "search_interval", "min_checked", "deadline"}
_INTS = {"max_bytes", "search_budget", "max_article_bytes", "max_quotes"}
_PATHS = {"cache_dir", "baseline", "outlets", "sources", "record", "replay", "model_dir"}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _opt_in_intervals(seconds: float | None) -> dict[str, float] | None:
    """``search_interval`` paces the opt-in backends (a self-hosted SearXNG, Brave within
    its plan); the public keyless services keep the limits their operators ask for."""
    if seconds is None:
        return None
    return {"searxng": seconds, "brave": seconds}


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
        if key not in KEYS:
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
    """Merge defaults, the discovered (or given) file, ``VERIFY_*`` and flags; the one
    place the environment is read (``env``, default ``os.environ``)."""
    settings = Settings()
    if config is not None:
        if not config.is_file():
            raise ConfigError(f"{config}: no such config file")
        settings.file, settings.root = config, _repo_root(config.parent.resolve())
    else:
        settings.file, settings.root = find_config(start_folder(inputs))
    if settings.file is not None:
        for k, v in _file_values(settings.file).items():
            setattr(settings, k, v)
            settings.origin[k] = str(settings.file)
    environ = os.environ if env is None else env
    for key in KEYS:
        name = "VERIFY_" + key.upper()
        if name in environ and key != "severity":
            setattr(settings, key, _coerce(key, environ[name], name))
            settings.origin[key] = name
    for key, value in flags.items():
        if value is not None:
            setattr(settings, key, _coerce(key, value, "--" + key.replace("_", "-")))
            settings.origin[key] = "flag"
    # The backends' module pulls in the HTTP client: read only when settings are loaded.
    from verify.sources.discovery.backends import BACKENDS, Brave, Wayback

    settings.search_urls = {n: environ[b.env] for n, b in BACKENDS.items() if environ.get(b.env)}
    if environ.get(Brave.key_env):
        settings.search_keys = {Brave.name: environ[Brave.key_env]}
    settings.archive_url = environ.get(Wayback.env)
    return settings
