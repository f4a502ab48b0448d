"""Rendering (private): how findings are shown, never how they are decided.

Text, GitHub annotations and JSON (:mod:`.formats`), the HTML report's parts (:mod:`.html_parts`,
:mod:`.html_article`, :mod:`.numberline`, ``report.css``), the draft claims file (:mod:`.draft`), and text
from articles and claims files made safe to show (:mod:`.visible`). A renderer draws what the engine
decided: the number line reads the engine's own model.
"""
