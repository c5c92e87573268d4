"""``python -m verify``."""

from verify._cli import main

main()
