"""Solving (private): the machinery behind :func:`claimcheck.check`.

:mod:`.model` turns claims into one unknown per cell and the constraints between cells; :mod:`.propagate`
narrows every cell's bounds exactly, keeping the reason for each; :mod:`.simplex` decides what propagation
cannot (cycles); :mod:`.explain` retells a conflict's arithmetic in words. It reads claims, hierarchies and
policies, and writes nothing but values.
"""
