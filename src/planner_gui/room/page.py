"""The member's pages as HTML: the ballot, "recorded", "voting is closed", and small refusals.

Every text is escaped here, whatever its source (a plan title, an objective, a
member's own comment sent back, a box's message, a translation). The pages
are plain HTML forms: the one small script only keeps the "High: 5 of at most
6" counter live; without it the form still submits and the server checks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape

from .assets import CSS, SCRIPT
from .box import PRIORITIES, BallotForm, Choices, FormObjective
from .texts import ENGLISH, Texts, texts_for

COMMENT_LIMIT = 2000  # characters in one comment (the textarea's maxlength; the server checks too)


def _t(texts: Texts, key: str, **values: object) -> str:
    """The text for ``key``, its placeholders filled, escaped for HTML (values escaped as well)."""
    template = texts.get(key, ENGLISH[key])
    return escape(template.format(**{name: str(value) for name, value in values.items()}))


def _attr(texts: Texts, key: str) -> str:
    """A raw template (placeholders kept) for the script, escaped for an attribute."""
    return escape(texts.get(key, ENGLISH[key]))


def _document(lang: str, title: str, header: str, body: str, *, script: bool = False) -> str:
    tail = f"<script>{SCRIPT}</script>" if script else ""
    return (
        f'<!doctype html>\n<html lang="{escape(lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{CSS}</style></head>"
        f"<body><header><div>{header}</div></header><main>{body}</main>{tail}</body></html>\n"
    )


def _header(form: BallotForm, texts: Texts, heading_key: str) -> str:
    return (
        f'<p class="plan">{escape(form.plan_title)}</p><h1>{_t(texts, heading_key)}</h1>'
        f'<p class="member">{_t(texts, "ballot.member", name=form.member_name)}</p>'
    )


def _problems(problems: Iterable[str], texts: Texts) -> str:
    items = "".join(f"<li>{escape(problem)}</li>" for problem in problems)
    if not items:
        return ""
    return (
        '<div class="problems" id="problems" role="alert" tabindex="-1" autofocus>'
        f"<h2>{_t(texts, 'problems.heading')}</h2><ul>{items}</ul><p>{_t(texts, 'problems.fix')}</p></div>"
    )


def _recorded_notice(form: BallotForm, texts: Texts, *, more: str) -> str:
    when = ""
    if form.recorded_at is not None:
        when = f"<p>{_t(texts, 'recorded.at', time=form.recorded_at.strftime('%Y-%m-%d %H:%M'))}</p>"
    return (
        f'<div class="notice" role="status"><h2>{_t(texts, "recorded.heading")}</h2>'
        f"<p>{_t(texts, 'recorded.thanks', name=form.member_name)}</p>{when}<p>{more}</p></div>"
    )


def _objective(objective: FormObjective, choice: tuple[str | None, str], texts: Texts) -> str:
    oid = objective.id
    priority, comment = choice
    buttons = []
    for tier in PRIORITIES:
        checked = " checked" if priority == tier else ""
        buttons.append(
            f'<input type="radio" name="p{oid}" id="p{oid}-{tier}" value="{tier}"{checked}>'
            f'<label for="p{oid}-{tier}" class="{tier}">{_t(texts, "priority." + tier)}</label>'
        )
    legend = _t(texts, "ballot.objective", number=objective.number, title=objective.title)
    opened = " open" if comment else ""
    return (
        f'<fieldset id="o{oid}"><legend>{legend}</legend><div class="tiers">{"".join(buttons)}</div>'
        f"<details{opened}><summary>{_t(texts, 'ballot.comment_summary')}</summary>"
        f'<label class="comment" for="c{oid}">{_t(texts, "ballot.comment", number=objective.number)}</label>'
        f'<textarea id="c{oid}" name="c{oid}" rows="3" maxlength="{COMMENT_LIMIT}">{escape(comment)}</textarea>'
        "</details></fieldset>"
    )


def _status(form: BallotForm, choices: Mapping[int, tuple[str | None, str]], texts: Texts) -> str:
    highs = sum(1 for priority, _ in choices.values() if priority == "high")
    done = sum(1 for o in form.objectives if choices.get(o.id, (None, ""))[0] in PRIORITIES)
    cap = form.high_cap
    count = (
        _t(texts, "ballot.high_count", count=highs)
        if cap is None
        else _t(texts, "ballot.high_count_cap", count=highs, cap=cap)
    )
    over = cap is not None and highs > cap
    if over:
        count += " — " + _t(texts, "ballot.high_over", over=highs - (cap or 0))
    return (
        '<div class="status">'
        f'<span id="progress" data-text="{_attr(texts, "ballot.progress")}">'
        f"{_t(texts, 'ballot.progress', done=done, total=len(form.objectives))}</span>"
        f'<span id="high-count" aria-live="polite" class="{"over" if over else ""}" '
        f'data-text="{_attr(texts, "ballot.high_count")}" data-text-cap="{_attr(texts, "ballot.high_count_cap")}" '
        f'data-over="{_attr(texts, "ballot.high_over")}">{count}</span></div>'
    )


def ballot_page(
    form: BallotForm,
    action: str,
    nonce: str,
    *,
    texts: Texts = ENGLISH,
    voted: bool = False,
    problems: Iterable[str] = (),
    kept: Choices | None = None,
) -> str:
    """The member's ballot; ``kept``: the choices of a refused post, shown again so nothing is retyped.

    A member whose ballot is recorded (and who may change it) sees it filled in,
    with a notice saying so, and the form sends ``replace=1``.
    """
    texts = texts_for(form.language) if texts is ENGLISH else texts
    choices: Mapping[int, tuple[str | None, str]] = (
        kept if kept is not None else {o.id: (o.priority, o.comment) for o in form.objectives}
    )
    replacing = voted and form.may_change
    notice = _recorded_notice(form, texts, more=_t(texts, "recorded.may_change")) if replacing else ""
    help_text = _t(texts, "ballot.instructions")
    if form.high_cap is not None:
        help_text += " " + _t(texts, "ballot.instructions_cap", cap=form.high_cap)
    cap = "" if form.high_cap is None else str(form.high_cap)
    fields = "".join(_objective(o, choices.get(o.id, (None, "")), texts) for o in form.objectives)
    submit = _t(texts, "ballot.change_submit" if replacing else "ballot.submit")
    body = (
        f'{_problems(problems, texts)}{notice}<p class="help">{help_text}</p>'
        f'<form id="ballot" method="post" action="{escape(action)}" accept-charset="utf-8" data-cap="{cap}">'
        f'<input type="hidden" name="nonce" value="{escape(nonce)}">'
        + ('<input type="hidden" name="replace" value="1">' if replacing else "")
        + f'{_status(form, choices, texts)}{fields}<button type="submit">{submit}</button></form>'
    )
    title = _t(texts, "ballot.title", plan=form.plan_title)
    return _document(form.language, title, _header(form, texts, "ballot.heading"), body, script=True)


def recorded_page(form: BallotForm, *, texts: Texts = ENGLISH, problems: Iterable[str] = ()) -> str:
    """The member's ballot is recorded and may not be changed: nothing to fill in."""
    texts = texts_for(form.language) if texts is ENGLISH else texts
    problem_list = "".join(f"<li>{escape(p)}</li>" for p in problems)
    note = f'<div class="problems" role="alert"><ul>{problem_list}</ul></div>' if problem_list else ""
    body = note + _recorded_notice(form, texts, more=_t(texts, "recorded.done"))
    title = _t(texts, "recorded.title", plan=form.plan_title)
    return _document(form.language, title, _header(form, texts, "ballot.heading"), body)


def closed_page(form: BallotForm, voted: bool, *, texts: Texts = ENGLISH, posted: bool = False) -> str:
    """Voting is closed: what the member's state is, and (after a post) that nothing was recorded."""
    texts = texts_for(form.language) if texts is ENGLISH else texts
    lines = [_t(texts, "closed.not_recorded")] if posted else []
    lines.append(_t(texts, "closed.recorded" if voted else "closed.none"))
    body = '<div class="notice" role="status">' + "".join(f"<p>{line}</p>" for line in lines) + "</div>"
    return _document(form.language, _t(texts, "closed.title"), _header(form, texts, "closed.heading"), body)


def message_page(key: str, *, texts: Texts = ENGLISH, lang: str = "en", why: str = "") -> str:
    """A page that shows no plan at all: the texts ``<key>.title`` and ``<key>.body`` (``notfound``…)."""
    texts = texts_for(lang) if texts is ENGLISH else texts
    title = _t(texts, key + ".title")
    body = f'<div class="notice" role="status"><p>{_t(texts, key + ".body", why=why)}</p></div>'
    return _document(lang, title, f"<h1>{title}</h1>", body)


def text(texts: Texts, key: str, **values: object) -> str:
    """A text as plain (unescaped) text, its placeholders filled."""
    return texts.get(key, ENGLISH[key]).format(**values)
