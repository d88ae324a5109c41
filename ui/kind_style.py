"""How each claim kind looks in the article view: a tint for figures, an underline for sentences.

Figure kinds (casualty, troops, other figures) are short spans and get a
background tint; sentence kinds (position, statement) are long and get an
underline in the kind's colour, so a figure inside a quoted sentence stays
visible.  The kind is never told by colour alone: tooltips and the inspector
name it.
"""

from PySide6.QtGui import QColor, QTextCharFormat

from annotator.domain import FIGURE_KINDS, KIND_POSITION, KindDefinition

TINT_ALPHA = 90


def tint(color: str) -> QColor:
    """A translucent version of a kind's colour, readable on light and dark palettes."""
    tinted = QColor(color)
    tinted.setAlpha(TINT_ALPHA)
    return tinted


def is_figure_kind(kind: str) -> bool:
    """Figure-like kinds are tinted; unknown custom kinds count as figures too."""
    return kind in FIGURE_KINDS or kind not in {KIND_POSITION, "statement"}


def underline_style(kind: str) -> QTextCharFormat.UnderlineStyle:
    """Positions are dashed, statements solid, so the two differ beyond colour."""
    if kind == KIND_POSITION:
        return QTextCharFormat.UnderlineStyle.DashUnderline
    return QTextCharFormat.UnderlineStyle.SingleUnderline


def kind_colors(kinds: tuple[KindDefinition, ...]) -> dict[str, str]:
    return {kind.key: kind.color for kind in kinds}
