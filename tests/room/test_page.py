"""The member's page as HTML: accessible structure, nothing from outside, every text from one place."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

from planner_gui.room import BallotForm, FormObjective
from planner_gui.room.assets import CONTENT_SECURITY_POLICY, CSS, SCRIPT
from planner_gui.room.page import ballot_page, closed_page, message_page, recorded_page
from planner_gui.room.texts import ENGLISH

ROOM = Path(__file__).resolve().parents[2] / "src" / "planner_gui" / "room"
FORM = BallotForm(
    "Strategic Plan 2012–2015",
    "Ana Ruiz",
    (FormObjective(7, "8", "No more use of mines"), FormObjective(9, "10", "Universal adherence", "low", "Hm")),
    6,
    False,
    "en",
)


class Tags(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def test_the_page_declares_its_language_and_a_phone_viewport() -> None:
    html = ballot_page(FORM, "/v/x", "n")
    assert html.startswith('<!doctype html>\n<html lang="en">')
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert '<html lang="fr">' in ballot_page(BallotForm("P", "M", FORM.objectives, None, False, "fr"), "/v/x", "n")


def test_each_objective_is_a_fieldset_with_a_legend_and_four_labelled_radios_and_a_labelled_comment() -> None:
    html = ballot_page(FORM, "/v/x", "n")
    tags = Tags(html)
    assert len(tags.all("fieldset")) == 2 and len(tags.all("legend")) == 2
    assert "<legend>Obj. 8 — No more use of mines</legend>" in html
    radios = [a for a in tags.all("input") if a.get("type") == "radio"]
    assert [r["value"] for r in radios] == ["high", "medium", "low", "dropped"] * 2
    label_for = {a["for"] for a in tags.all("label")}
    assert all(r["id"] in label_for for r in radios)
    assert {"c7", "c9"} <= label_for and [a["name"] for a in tags.all("textarea")] == ["c7", "c9"]
    assert all(a["maxlength"] == "2000" for a in tags.all("textarea"))
    for word in ("High", "Medium", "Low", "Dropped"):
        assert html.count(f">{word}</label>") == 2


def test_the_members_recorded_choice_and_comment_are_filled_in() -> None:
    html = ballot_page(FORM, "/v/x", "n", voted=True)
    assert 'id="p9-low" value="low" checked' in html and ">Hm</textarea>" in html
    assert 'name="replace"' not in html  # the board does not allow changes here


def test_the_cap_counter_is_announced_and_works_without_the_script() -> None:
    html = ballot_page(FORM, "/v/x", "n", kept={7: ("high", "")})
    assert re.search(r'<span id="high-count" aria-live="polite"[^>]*>High: 1 of at most 6</span>', html)
    assert "1 of 2 ranked" in html and 'data-cap="6"' in html
    uncapped = ballot_page(BallotForm("P", "M", FORM.objectives, None, False), "/v/x", "n")
    assert ">High: 0</span>" in uncapped and 'data-cap=""' in uncapped


def test_problems_are_a_focusable_alert_at_the_top() -> None:
    html = ballot_page(FORM, "/v/x", "n", problems=["Too many <high>."])
    tags = Tags(html)
    alert = next(a for a in tags.all("div") if a.get("role") == "alert")
    assert alert["tabindex"] == "-1" and "autofocus" in alert
    assert html.index('role="alert"') < html.index("<form") and "Too many &lt;high&gt;." in html


def test_no_page_loads_anything_from_anywhere() -> None:
    pages = [
        ballot_page(FORM, "/v/x", "n"),
        recorded_page(FORM),
        closed_page(FORM, True),
        message_page("notfound"),
    ]
    for html in pages:
        tags = Tags(html)
        assert not [a for _, a in tags.tags if "src" in a or "href" in a]
        assert "url(" not in html and "@import" not in html and "<link" not in html
    assert "url(" not in CSS and "fetch(" not in SCRIPT and "XMLHttpRequest" not in SCRIPT


def test_the_policy_allows_exactly_the_inline_style_and_script_the_page_carries() -> None:
    html = ballot_page(FORM, "/v/x", "n")
    style = re.search(r"<style>(.*?)</style>", html, re.S)
    script = re.search(r"<script>(.*?)</script>", html, re.S)
    assert style and script

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert f"style-src {digest(style.group(1))}" in CONTENT_SECURITY_POLICY
    assert f"script-src {digest(script.group(1))}" in CONTENT_SECURITY_POLICY
    attributes = [name for _, attrs in Tags(html).tags for name in attrs]
    assert "style" not in attributes and not [name for name in attributes if name.startswith("on")]


def test_the_touch_targets_are_at_least_44_pixels_in_the_style_sheet() -> None:
    heights = {m.group(1): int(m.group(2)) for m in re.finditer(r"([.\w ]+)\{[^}]*min-height:(\d+)px", CSS)}
    assert heights[".tiers label"] >= 44 and heights["summary"] >= 44 and heights["button"] >= 44


def test_a_translation_replaces_the_texts_and_a_missing_key_falls_back_to_english() -> None:
    french = {"ballot.submit": "Envoyer mon bulletin", "priority.high": "Haute"}
    html = ballot_page(FORM, "/v/x", "n", texts=french)
    assert "Envoyer mon bulletin" in html and ">Haute</label>" in html and ">Medium</label>" in html


def test_every_text_key_the_room_uses_is_in_the_english_texts() -> None:
    source = "\n".join(path.read_text() for path in ROOM.glob("*.py"))
    used = set(re.findall(r'"((?:ballot|priority|problems|recorded|closed|error)\.[a-z_]+)"', source))
    used |= {f"{k}.{part}" for k in re.findall(r'_message\("(\w+)"', source) for part in ("title", "body")}
    used |= {f"priority.{p}" for p in ("high", "medium", "low", "dropped")}
    assert used - set(ENGLISH) == set()
