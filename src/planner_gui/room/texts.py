"""Every text a member reads, in English, keyed; a translation is another mapping with the same keys.

:func:`texts_for` gives the mapping in a language the program speaks (the
plan's documents' language: the pages a member reads are a document of the plan).

Placeholders are ``str.format`` fields. Values are plain text: the page escapes
them (and whatever fills their placeholders) before they reach the HTML.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from planner_gui.i18n import N_, translation

Texts = Mapping[str, str]

ENGLISH: Texts = {
    # the ballot
    "ballot.title": N_("Your ballot — {plan}"),
    "ballot.heading": N_("Your ballot"),
    "ballot.member": N_("Voting as {name}"),
    "ballot.instructions": N_("Choose High, Medium, Low or Dropped for each objective. A comment is optional."),
    "ballot.instructions_cap": N_("At most {cap} objectives may be High."),
    "ballot.objective": N_("Obj. {number} — {title}"),
    "ballot.comment": N_("Comment on Obj. {number} (optional)"),
    "ballot.comment_summary": N_("Comment"),
    "ballot.submit": N_("Submit my ballot"),
    "ballot.change_submit": N_("Change my ballot"),
    "ballot.progress": N_("{done} of {total} ranked"),
    "ballot.high_count": N_("High: {count}"),
    "ballot.high_count_cap": N_("High: {count} of at most {cap}"),
    "ballot.high_over": N_("{over} too many"),
    "priority.high": N_("High"),
    "priority.medium": N_("Medium"),
    "priority.low": N_("Low"),
    "priority.dropped": N_("Dropped"),
    # answers
    "problems.heading": N_("Your ballot was not recorded"),
    "problems.fix": N_("Nothing was recorded. Please correct this and submit again."),
    "recorded.title": N_("Ballot recorded — {plan}"),
    "recorded.heading": N_("Your ballot was recorded"),
    "recorded.thanks": N_("Thank you, {name}."),
    "recorded.at": N_("Recorded at {time}."),
    "recorded.done": N_("You can close this page."),
    "recorded.may_change": N_("You can change your ballot until voting closes: change it below and submit again."),
    "closed.title": N_("Voting is closed"),
    "closed.heading": N_("Voting is closed"),
    "closed.not_recorded": N_("Voting is closed, so nothing more can be recorded."),
    "closed.recorded": N_("Your ballot was recorded before voting closed."),
    "closed.none": N_("You did not vote in this round."),
    "closed.body": N_("Room voting is switched off, so nothing more can be recorded."),
    "error.replayed": N_("This form was already sent once. Nothing more was recorded."),
    "error.stale": N_("This page is out of date. Nothing was recorded: please check your choices and submit again."),
    "busy.body": N_(
        "Your ballot was not recorded: the facilitator's computer did not answer in time. Go back and submit it again."
    ),
    "unknown.body": N_(
        "The facilitator's computer did not confirm your ballot in time. "
        "Open your link again to see whether it was recorded."
    ),
    "broken.body": N_("Something went wrong on the facilitator's computer. Nothing was recorded."),
    "badform.body": N_("The form could not be read: {why}"),
    "error.too_many_fields": N_("it has more fields than any ballot has."),
    "error.field": N_("it has a field this ballot does not have ({name})."),
    "error.twice": N_("a field was sent twice ({name})."),
    "error.comment_long": N_("a comment is longer than {limit} characters."),
    "error.priority_long": N_("a priority is not one of High, Medium, Low or Dropped."),
    "error.encoding": N_("it is not a form of UTF-8 text."),
    # refusals without a ballot
    "root.title": N_("Room voting"),
    "root.body": N_(
        "Your phone reaches room voting. To vote, open your own link: scan the code on your member card, "
        "or ask at the facilitator's laptop to be shown yours."
    ),
    "notfound.title": N_("Not found"),
    "notfound.body": N_("There is nothing here. Check the link on your member card."),
    "method.title": N_("Not allowed"),
    "method.body": N_("This page only answers GET and POST."),
    "busy.title": N_("Not recorded"),
    "unknown.title": N_("Not confirmed"),
    "broken.title": N_("Not recorded"),
    "badform.title": N_("Not a ballot"),
    "toolarge.title": N_("Too large"),
    "toolarge.body": N_("The form sent was larger than any ballot can be. Nothing was recorded."),
    "mediatype.title": N_("Not a ballot"),
    "mediatype.body": N_("Only the ballot form can be sent here. Nothing was recorded."),
    "crosssite.title": N_("Refused"),
    "crosssite.body": N_("A ballot can only be sent from its own page. Nothing was recorded."),
    "ratelimit.title": N_("Too many wrong links"),
    "ratelimit.body": N_("Too many wrong links came from this device. Wait a few minutes, then use your own link."),
}


@cache
def texts_for(language: str) -> Texts:
    """Every text in ``language`` ("en", "fr", "es"; English for any other)."""
    catalogue = translation(language)
    return {key: catalogue.gettext(value) for key, value in ENGLISH.items()}
