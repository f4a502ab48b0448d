"""Values (private): the exact pieces every layer builds on, importing nothing above :mod:`claimcheck.errors`.

:mod:`.interval` is exact interval arithmetic with open and closed ends; :mod:`.frozen` a read-only mapping
that pickles and hashes; :mod:`.currencies` the one currency table (on CLDR's data in
:mod:`.currency_data`), read by :mod:`claimcheck.units`, :mod:`claimcheck.quantity` and the parser.
"""
