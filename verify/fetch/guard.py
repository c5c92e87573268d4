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


def _nets(*rows: tuple[str, str]) -> list[tuple[ipaddress._BaseNetwork, str]]:
    return [(ipaddress.ip_network(net), why) for net, why in rows]


# The IANA special-purpose address registries (RFC 6890 and later), written out here rather
# than taken from the interpreter's idea of "private", which has changed between Python
# versions and missed 192.0.0.0/24 (192.0.0.192 is a cloud metadata address).
_IPV4_REFUSED = _nets(
    ("0.0.0.0/8", "'this network' address"), ("10.0.0.0/8", "private network address"),
    ("100.64.0.0/10", "shared address space (carrier-grade NAT)"),
    ("127.0.0.0/8", "loopback address"),
    ("169.254.0.0/16", "link-local address (cloud metadata lives here)"),
    ("172.16.0.0/12", "private network address"),
    ("192.0.0.0/24", "IETF protocol address (192.0.0.192 is a cloud metadata address)"),
    ("192.0.2.0/24", "documentation address"), ("192.88.99.0/24", "6to4 relay address"),
    ("192.168.0.0/16", "private network address"), ("198.18.0.0/15", "benchmarking address"),
    ("198.51.100.0/24", "documentation address"), ("203.0.113.0/24", "documentation address"),
    ("224.0.0.0/4", "multicast address"), ("240.0.0.0/4", "reserved address"),
    ("255.255.255.255/32", "broadcast address"),
)
_IPV6_REFUSED = _nets(
    ("::/128", "unspecified address"), ("::1/128", "loopback address"),
    ("::/96", "IPv4-compatible address"), ("64:ff9b:1::/48", "local NAT64 address"),
    ("100::/64", "discard-only address"), ("2001::/23", "IETF protocol address (Teredo, …)"),
    ("2001:db8::/32", "documentation address"), ("3fff::/20", "documentation address"),
    ("5f00::/16", "segment routing address"), ("fc00::/7", "unique local (private) address"),
    ("fe80::/10", "link-local address"), ("fec0::/10", "site-local address"),
    ("ff00::/8", "multicast address"),
)
#: The only IPv6 addresses routed on the internet: global unicast.
_IPV6_GLOBAL = ipaddress.ip_network("2000::/3")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_6TO4 = ipaddress.ip_network("2002::/16")


def check_ip(ip: str) -> str | None:
    """Why ``ip`` is refused, or None when it is a globally routable unicast address.

    An allow-list: IPv4 outside every special-purpose block; IPv6 only in 2000::/3 and
    outside its special-purpose blocks. An IPv4 address embedded in IPv6 (mapped
    ``::ffff:a.b.c.d``, NAT64 ``64:ff9b::/96``, 6to4 ``2002:V4ADDR::/48``) is judged as that
    IPv4 address."""
    addr = ipaddress.ip_address(ip.split("%")[0])
    if isinstance(addr, ipaddress.IPv6Address):
        embedded = addr.ipv4_mapped or addr.sixtofour
        if embedded is None and addr in _NAT64:
            embedded = ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
        if embedded is not None:
            why = check_ip(str(embedded))
            return f"{why} (embedded in {addr})" if why else None
        for net, why in _IPV6_REFUSED:
            if addr in net:
                return why
        return None if addr in _IPV6_GLOBAL else "non-global IPv6 address"
    for net, why in _IPV4_REFUSED:
        if addr in net:
            return why
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
    ips = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not ips:
        raise BlockedAddress(f"cannot resolve {host}")
    if not allow_private:
        for ip in ips:
            why = check_ip(ip)
            if why:
                raise BlockedAddress(f"{host} resolves to {ip}, a {why}; "
                                     "use --allow-private-network to allow it")
    return ips[0]
