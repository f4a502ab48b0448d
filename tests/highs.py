"""HiGHS on rows of the exact simplex's shape: the tests' float second opinion, never a proof."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from scipy.optimize import linprog

if TYPE_CHECKING:
    from collections.abc import Sequence

    from claimcheck._solving.simplex import Row


def largest_slack(n: int, rows: Sequence[Row], bounds: Sequence[tuple[float | None, float | None]]) -> Any:
    """HiGHS's answer for the largest slack ``t <= 1`` every strict row of ``rows`` keeps over ``n`` unknowns.

    ``rows`` are ``(coefficients, relation, rhs)`` with relation "<=", "<" or "="; ``bounds`` are the
    unknowns' bounds. Unknown ``n`` is the slack: the result's ``-fun`` is its largest value, ``x[:n]`` a
    solution; ``status`` 2 says no values meet the rows.
    """
    ub, ub_rhs, eq, eq_rhs = [], [], [], []
    for coefficients, relation, rhs in rows:
        row = np.zeros(n + 1)
        for column, value in coefficients.items():
            row[column] += float(value)
        if relation == "=":
            eq.append(row)
            eq_rhs.append(float(rhs))
            continue
        row[n] = 1.0 if relation == "<" else 0.0
        ub.append(row)
        ub_rhs.append(float(rhs))
    objective = np.zeros(n + 1)
    objective[n] = -1.0
    return linprog(
        objective,
        A_ub=np.array(ub) if ub else None,
        b_ub=ub_rhs or None,
        A_eq=np.array(eq) if eq else None,
        b_eq=eq_rhs or None,
        bounds=[*bounds, (0, 1)],
        method="highs",
    )
