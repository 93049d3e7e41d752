"""The program's colours for ratings and states, shared by the window and the workbooks.

From the Okabe–Ito palette, which stays distinct for the common kinds of colour
blindness. A colour is always shown with its text, never alone.
"""

from __future__ import annotations

OKABE_ITO = {
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermilion": "#D55E00",
    "reddish purple": "#CC79A7",
    "grey": "#999999",
}

PRIORITY_COLORS = {
    "high": OKABE_ITO["vermilion"],
    "medium": OKABE_ITO["orange"],
    "low": OKABE_ITO["sky blue"],
    "dropped": OKABE_ITO["grey"],
}

CONTRIBUTION_COLORS = {
    "strong": OKABE_ITO["bluish green"],
    "some": OKABE_ITO["sky blue"],
    "limited": OKABE_ITO["orange"],
    "none": OKABE_ITO["grey"],
}

RESPONSE_COLORS = {
    "accepted": OKABE_ITO["bluish green"],
    "partly accepted": OKABE_ITO["sky blue"],
    "not accepted": OKABE_ITO["vermilion"],
    "pending": OKABE_ITO["grey"],
}
