import asyncio

import pytest

from verify.fetch.guard import BlockedAddress, check_ip, resolve_public, split_url


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


@pytest.mark.parametrize("ip", [
    "192.0.0.192",          # a cloud metadata address the interpreter calls public
    "100.64.1.1", "198.18.0.1", "192.88.99.1", "0.1.2.3", "255.255.255.255",
    "::ffff:127.0.0.1", "::ffff:169.254.169.254",   # IPv4-mapped
    "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe",        # NAT64 of loopback and metadata
    "2002:7f00:1::1", "2002:c0a8:101::1",           # 6to4 of loopback and 192.168.1.1
    "2001:db8::1", "2001::1", "fd00::1", "fe80::1%eth0", "fec0::1", "ff02::1", "::",
    "100::1", "3fff::1", "4000::1",                 # outside global unicast 2000::/3
])
def test_the_allow_list_refuses_every_special_purpose_range(ip):
    assert check_ip(ip) is not None


@pytest.mark.parametrize("ip", ["8.8.8.8", "1.1.1.1", "2606:4700::1111",
                                "2002:0808:0808::1", "64:ff9b::808:808", "::ffff:8.8.8.8"])
def test_globally_routable_unicast_passes_in_every_form(ip):
    assert check_ip(ip) is None


def test_malformed_urls_are_refused_with_the_reason():
    for url, why in [("http://[::1/x", "malformed URL"),
                     ("http://example.com:99999/", "malformed URL"),
                     ("http://" + "a" * 70 + ".example.com/", "malformed host name"),
                     ("javascript:alert(1)", "only http and https"),
                     ("data:text/html,hi", "only http and https")]:
        with pytest.raises(BlockedAddress, match=why):
            split_url(url)
