"""These passages hold conflicts on purpose: tests/test_relations_passages.py checks their verdicts."""

collect_ignore_glob = ["*.claims.toml"]
