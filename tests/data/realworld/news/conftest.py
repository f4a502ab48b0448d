"""These passages include true conflicts on purpose: tests/test_realworld.py checks their verdicts."""

collect_ignore_glob = ["*.claims.toml"]
