"""The window's semantic colours, for a light and a dark scheme (no Qt here).

Widgets never write a colour of their own: they ask :func:`current` for the colour of what they
show (an error's background and text, a grade badge, a chart series, the 3D view's background) and
re-style when :mod:`configurator.ui.appearance` switches scheme. Each scheme lists every pair of
text and background it draws (:meth:`Theme.text_pairs`), so a test checks them all against the
WCAG AA contrast ratio (4.5:1 for text, 3:1 for the focus frame and other graphics).
"""

from __future__ import annotations

from dataclasses import dataclass, field

AA_TEXT = 4.5  # WCAG 2.x AA, normal text
AA_GRAPHICS = 3.0  # WCAG 2.x AA, non-text contrast (focus indicator, lines a reader must see)


@dataclass(frozen=True)
class Message:
    """A message strip's (or a highlighted box's) colours."""

    background: str
    border: str
    text: str

    def style(self) -> str:
        """The style-sheet declarations for a box in these colours."""
        return (
            f"background: {self.background}; border: 1px solid {self.border}; "
            f"border-radius: 4px; color: {self.text};"
        )


@dataclass(frozen=True)
class Badge:
    background: str
    text: str


@dataclass(frozen=True)
class Theme:
    name: str  # "light" or "dark"
    window: str  # the window background (what the palette below uses)
    base: str  # text fields, cards, lists
    text: str
    muted: str  # secondary text (placeholder text in the palette)
    focus: str  # focus frame and selection (the palette's Highlight)
    border: str  # frames around suggestions and cards
    messages: dict[str, Message]  # "error", "warning", "info", "ok"
    status: dict[str, str]  # coloured text on the window: "ok", "error", "warning"
    grades: dict[str, Badge]  # "A".."E" and "none"
    chart: dict[str, str]  # life phase -> bar colour
    chart_track: str  # behind a bar
    chart_whisker: str  # the low–high range line
    thumb_background: str  # behind a gallery picture
    thumb_text: str  # "picture being rendered…"
    viewport_top: str
    viewport_bottom: str
    viewport_text: str  # the placeholder's text on viewport_top
    edge: str  # model edges
    dimension: Badge  # a dimension label: its box and text (lines in the text colour)
    measure: Badge  # the measurement label: its box (also the line colour) and text
    extra_pairs: tuple[tuple[str, str, str], ...] = field(default=())

    @property
    def is_dark(self) -> bool:
        return self.name == "dark"

    def grade(self, letter: str) -> Badge:
        return self.grades.get(letter, self.grades["none"])

    def message(self, level: str) -> Message:
        return self.messages.get(level, self.messages["info"])

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """Every (what, text colour, background) this scheme draws text with."""
        pairs = [
            ("text on window", self.text, self.window),
            ("text on base", self.text, self.base),
            ("muted text on window", self.muted, self.window),
            ("muted text on base", self.muted, self.base),
            ("placeholder picture text", self.thumb_text, self.thumb_background),
            ("3D view placeholder", self.viewport_text, self.viewport_top),
            ("dimension label", self.dimension.text, self.dimension.background),
            ("measure label", self.measure.text, self.measure.background),
        ]
        for level, message in self.messages.items():
            pairs.append((f"{level} message", message.text, message.background))
        for what, colour in self.status.items():
            pairs.append((f"{what} text on window", colour, self.window))
            pairs.append((f"{what} text on base", colour, self.base))
        for letter, badge in self.grades.items():
            pairs.append((f"grade {letter} badge", badge.text, badge.background))
        return pairs + list(self.extra_pairs)

    def graphic_pairs(self) -> list[tuple[str, str, str]]:
        """Non-text marks a person must see, and what they are drawn on (3:1)."""
        return [
            ("focus frame on window", self.focus, self.window),
            ("focus frame on base", self.focus, self.base),
            ("measure line on the 3D view", self.measure.background, self.viewport_top),
        ]


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def parse_hex(colour: str) -> tuple[int, int, int]:
    """``#rrggbb`` as (r, g, b); a clear error for anything else."""
    text = colour.strip().lstrip("#")
    if len(text) != 6 or any(c not in "0123456789abcdefABCDEF" for c in text):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def relative_luminance(colour: str) -> float:
    r, g, b = parse_hex(colour)
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    high, low = max(la, lb), min(la, lb)
    return (high + 0.05) / (low + 0.05)


def is_dark_colour(colour: str) -> bool:
    """True for a colour closer to black than to white (a dark window)."""
    return relative_luminance(colour) < 0.18


LIGHT = Theme(
    name="light",
    window="#efefef",
    base="#ffffff",
    text="#1b1f23",
    muted="#5a636d",
    focus="#1f6fc4",
    border="#b9c2cc",
    messages={
        "error": Message("#fde7e4", "#e5a39b", "#1b1f23"),
        "warning": Message("#fff4d6", "#e6c770", "#1b1f23"),
        "info": Message("#e6f0fa", "#9fbfdf", "#1b1f23"),
        "ok": Message("#e3f4e8", "#94c9a5", "#1b1f23"),
    },
    status={"ok": "#1a7031", "error": "#b3261e", "warning": "#7a4f00"},
    grades={
        "A": Badge("#1a7a3e", "#ffffff"),
        "B": Badge("#3f7d20", "#ffffff"),
        "C": Badge("#f2c94c", "#1b1f23"),
        "D": Badge("#c2410c", "#ffffff"),
        "E": Badge("#b3261e", "#ffffff"),
        "none": Badge("#d0d5da", "#1b1f23"),
    },
    chart={
        "material": "#4e79a7",
        "manufacturing": "#f28e2b",
        "transport": "#59a14f",
        "end_of_life": "#9c755f",
    },
    chart_track="#e3e7eb",
    chart_whisker="#33393f",
    thumb_background="#e4e9ee",
    thumb_text="#4f5a66",
    viewport_top="#d9e0e7",
    viewport_bottom="#8e9aa6",
    viewport_text="#36404a",
    edge="#3b4148",
    dimension=Badge("#ffffff", "#1d3557"),
    measure=Badge("#c62828", "#ffffff"),
)

DARK = Theme(
    name="dark",
    window="#2b2d30",
    base="#1e1f22",
    text="#e6e8eb",
    muted="#a9b0b8",
    focus="#5aa9ff",
    border="#4a5058",
    messages={
        "error": Message("#4a2421", "#a4524a", "#f4dcd9"),
        "warning": Message("#453712", "#9c7f2e", "#f5e7c0"),
        "info": Message("#1f3348", "#4d7299", "#dbe8f5"),
        "ok": Message("#1f3b2a", "#4c8a62", "#d7efdf"),
    },
    status={"ok": "#7bd69a", "error": "#ff9d94", "warning": "#f0c46a"},
    grades={
        "A": Badge("#1a7a3e", "#ffffff"),
        "B": Badge("#3f7d20", "#ffffff"),
        "C": Badge("#e0b93b", "#1b1f23"),
        "D": Badge("#c2410c", "#ffffff"),
        "E": Badge("#b3261e", "#ffffff"),
        "none": Badge("#4a5058", "#e6e8eb"),
    },
    chart={
        "material": "#79a6d9",
        "manufacturing": "#f5a35a",
        "transport": "#7cc46f",
        "end_of_life": "#c49a83",
    },
    chart_track="#3a3d42",
    chart_whisker="#d5d9de",
    thumb_background="#33363a",
    thumb_text="#b5bcc4",
    viewport_top="#3a4048",
    viewport_bottom="#181b1f",
    viewport_text="#d5dbe1",
    edge="#15181b",
    dimension=Badge("#23272c", "#cfe3ff"),
    measure=Badge("#ff6b6b", "#1b1f23"),
)

THEMES = {"light": LIGHT, "dark": DARK}
_current: list[Theme] = [LIGHT]


def current() -> Theme:
    """The scheme the window shows now (set by :mod:`configurator.ui.appearance`)."""
    return _current[0]


def set_current(theme: Theme) -> None:
    _current[0] = theme
