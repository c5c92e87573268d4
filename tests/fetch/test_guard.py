import asyncio

import pytest

from verify.fetch.guard import BlockedAddress, check_ip, resolve_public


@pytest.mark.parametrize("ip", ["127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1",
                                "169.254.169.254", "::1", "fd00:ec2::254", "::ffff:127.0.0.1",
                                "0.0.0.0", "100.64.0.1"])
def test_non_public_addresses_are_refused(ip):
    assert check_ip(ip) is not None


def test_public_address_passes():
    assert check_ip("93.184.216.34") is None


def test_resolution_is_checked():
    with pytest.raises(BlockedAddress, match="loopback"):
        asyncio.run(resolve_public("http://localhost:8080/x", allow_private=False))
    assert asyncio.run(resolve_public("http://127.0.0.1/x", allow_private=True)) == "127.0.0.1"


@pytest.mark.parametrize(("url", "why"), [("ftp://ex.org/x", "only http"),
                                          ("http://metadata.google.internal/", "metadata")])
def test_schemes_and_metadata_hosts(url, why):
    with pytest.raises(BlockedAddress, match=why):
        asyncio.run(resolve_public(url, allow_private=False))
