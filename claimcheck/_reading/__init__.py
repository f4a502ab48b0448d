"""Reading (private): how claimcheck reads figures and the words around them in text.

The public faces are :mod:`claimcheck.parse` (one expression) and :mod:`claimcheck.mentions` (running text).
Where to look:

* which words mean what (scales, hedges, vague amounts, number words): :mod:`.words`, one table each;
  which words are units: :mod:`.unit_spellings`, the one place (the registry's spellings, derived from
  :mod:`claimcheck.units`, and the everyday words it cannot say); currencies live in the one table below
  every layer, :mod:`claimcheck._values.currencies`;
* how "no more than", "up to about", "500 or more" are read: :mod:`.hedges`;
* a single amount ("$1.2bn", "half a million"): :mod:`.amounts`; a range, share or vague amount:
  :mod:`.cores`;
  multiples, differences and rates: :mod:`.relations`; tokens: :mod:`.tokens`; the fast path for a claim
  value in a common spelling ("12,500", "$1.2bn", "between 400 and 500"): :mod:`.plain`;
* in running text: which stretches are read at all (:mod:`.regions`), sentences (:mod:`.sentences`), the
  counted noun (:mod:`.nouns`), dates, years, identifiers and tables that are not counts (:mod:`.kinds`),
  and a claim's quote in its article (:mod:`.quotes`).

Nothing here imports the engine, the report or the files layer.
"""
