"""The address guard: drafts are untrusted, so the URLs found in them must not reach the
machine's own network (loopback, private ranges, link-local, cloud metadata endpoints)."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

METADATA_HOSTS = {"metadata.google.internal", "metadata", "instance-data",
                  "metadata.azure.internal"}


class BlockedAddress(Exception):
    """The URL resolves to an address the guard refuses."""


def check_ip(ip: str) -> str | None:
    """Why ``ip`` is refused, or None when it is a public address."""
    addr = ipaddress.ip_address(ip.split("%")[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    if addr.is_loopback:
        return "loopback address"
    if addr.is_link_local:
        return "link-local address (cloud metadata lives here)"
    if addr.is_private:
        return "private network address"
    if addr.is_multicast or addr.is_reserved or addr.is_unspecified or not addr.is_global:
        return "non-public address"
    return None


def split_url(url: str) -> tuple[str, str, int]:
    """The scheme, host and port of an http(s) URL, or :class:`BlockedAddress` saying what
    is wrong with it (another scheme, no host, a bad port, a broken IPv6 literal, a host
    name that no DNS could hold)."""
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in {"http", "https"}:
            raise BlockedAddress(f"only http and https URLs are fetched, not "
                                 f"{scheme or 'a URL without a scheme'}")
        host = parts.hostname
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:  # bad port, broken IPv6 literal
        raise BlockedAddress(f"malformed URL ({exc})") from exc
    if not host:
        raise BlockedAddress("URL has no host")
    if ":" not in host:  # a name, not an IPv6 literal: RFC 1035 limits
        try:
            ascii_host = host.encode("idna").decode("ascii")
        except UnicodeError as exc:
            raise BlockedAddress(f"malformed host name {host[:80]!r}") from exc
        if len(ascii_host) > 253 or any(len(label) > 63 for label in ascii_host.split(".")):
            raise BlockedAddress(f"malformed host name {host[:80]!r} (too long)")
    return scheme, host, port


async def resolve_public(url: str, *, allow_private: bool) -> str:
    """Resolve the URL's host and return the address to connect to.

    Raises :class:`BlockedAddress` when the scheme is not http(s) or when any address the
    name resolves to is refused (unless ``allow_private``). The caller connects to the
    returned address, so a second DNS answer cannot slip past the check.
    """
    _scheme, host, port = split_url(url)
    if not allow_private and host.lower().rstrip(".") in METADATA_HOSTS:
        raise BlockedAddress(f"{host} is a cloud metadata host")
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port,
                                                             type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise BlockedAddress(f"cannot resolve {host} ({getattr(exc, 'strerror', None) or exc})"
                             ) from exc
    ips = list(dict.fromkeys(info[4][0] for info in infos))
    if not ips:
        raise BlockedAddress(f"cannot resolve {host}")
    if not allow_private:
        for ip in ips:
            why = check_ip(ip)
            if why:
                raise BlockedAddress(f"{host} resolves to {ip}, a {why}; "
                                     "use --allow-private-network to allow it")
    return ips[0]
