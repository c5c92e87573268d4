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


async def resolve_public(url: str, *, allow_private: bool) -> str:
    """Resolve the URL's host and return the address to connect to.

    Raises :class:`BlockedAddress` when the scheme is not http(s) or when any address the
    name resolves to is refused (unless ``allow_private``). The caller connects to the
    returned address, so a second DNS answer cannot slip past the check.
    """
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise BlockedAddress(f"only http and https URLs are fetched, not {parts.scheme or '?'}")
    host = parts.hostname
    if not host:
        raise BlockedAddress("URL has no host")
    if not allow_private and host.lower().rstrip(".") in METADATA_HOSTS:
        raise BlockedAddress(f"{host} is a cloud metadata host")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port,
                                                             type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise BlockedAddress(f"cannot resolve {host} ({exc.strerror})") from exc
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
