"""Files (private): reading the files a run is given and writing the ones it makes.

:mod:`.access` reads safely (regular files only, size limits, UTF-8, confinement below a folder) and writes
through a temporary file and an atomic rename; :mod:`.toml_reader` reads a TOML file of ``[[table]]`` entries
with errors that name file, line and field, using the positions :mod:`.toml_lines` records; :mod:`.limits`
holds the default size limits.
"""
