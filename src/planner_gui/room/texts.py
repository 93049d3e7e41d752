"""Every text a member reads, in English, keyed; a translation is another mapping with the same keys.

Placeholders are ``str.format`` fields. Values are plain text: the page escapes
them (and whatever fills their placeholders) before they reach the HTML.
"""

from __future__ import annotations

from collections.abc import Mapping

Texts = Mapping[str, str]

ENGLISH: Texts = {
    # the ballot
    "ballot.title": "Your ballot — {plan}",
    "ballot.heading": "Your ballot",
    "ballot.member": "Voting as {name}",
    "ballot.instructions": "Choose High, Medium, Low or Dropped for each objective. A comment is optional.",
    "ballot.instructions_cap": "At most {cap} objectives may be High.",
    "ballot.objective": "Obj. {number} — {title}",
    "ballot.comment": "Comment on Obj. {number} (optional)",
    "ballot.comment_summary": "Comment",
    "ballot.submit": "Submit my ballot",
    "ballot.change_submit": "Change my ballot",
    "ballot.progress": "{done} of {total} ranked",
    "ballot.high_count": "High: {count}",
    "ballot.high_count_cap": "High: {count} of at most {cap}",
    "ballot.high_over": "{over} too many",
    "priority.high": "High",
    "priority.medium": "Medium",
    "priority.low": "Low",
    "priority.dropped": "Dropped",
    # answers
    "problems.heading": "Your ballot was not recorded",
    "problems.fix": "Nothing was recorded. Please correct this and submit again.",
    "recorded.title": "Ballot recorded — {plan}",
    "recorded.heading": "Your ballot was recorded",
    "recorded.thanks": "Thank you, {name}.",
    "recorded.at": "Recorded at {time}.",
    "recorded.done": "You can close this page.",
    "recorded.may_change": "You can change your ballot until voting closes: change it below and submit again.",
    "closed.title": "Voting is closed",
    "closed.heading": "Voting is closed",
    "closed.not_recorded": "Voting is closed, so nothing more can be recorded.",
    "closed.recorded": "Your ballot was recorded before voting closed.",
    "closed.none": "You did not vote in this round.",
    "closed.body": "Room voting is switched off, so nothing more can be recorded.",
    "error.replayed": "This form was already sent once. Nothing more was recorded.",
    "error.stale": "This page is out of date. Nothing was recorded: please check your choices and submit again.",
    "busy.body": (
        "Your ballot was not recorded: the facilitator's computer did not answer in time. Go back and submit it again."
    ),
    "unknown.body": (
        "The facilitator's computer did not confirm your ballot in time. "
        "Open your link again to see whether it was recorded."
    ),
    "broken.body": "Something went wrong on the facilitator's computer. Nothing was recorded.",
    "badform.body": "The form could not be read: {why}",
    "error.too_many_fields": "it has more fields than any ballot has.",
    "error.field": "it has a field this ballot does not have ({name}).",
    "error.twice": "a field was sent twice ({name}).",
    "error.comment_long": "a comment is longer than {limit} characters.",
    "error.priority_long": "a priority is not one of High, Medium, Low or Dropped.",
    "error.encoding": "it is not a form of UTF-8 text.",
    # refusals without a ballot
    "root.title": "Room voting",
    "root.body": (
        "Your phone reaches room voting. To vote, open your own link: scan the code on your member card, "
        "or ask at the facilitator's laptop to be shown yours."
    ),
    "notfound.title": "Not found",
    "notfound.body": "There is nothing here. Check the link on your member card.",
    "method.title": "Not allowed",
    "method.body": "This page only answers GET and POST.",
    "busy.title": "Not recorded",
    "unknown.title": "Not confirmed",
    "broken.title": "Not recorded",
    "badform.title": "Not a ballot",
    "toolarge.title": "Too large",
    "toolarge.body": "The form sent was larger than any ballot can be. Nothing was recorded.",
    "mediatype.title": "Not a ballot",
    "mediatype.body": "Only the ballot form can be sent here. Nothing was recorded.",
    "crosssite.title": "Refused",
    "crosssite.body": "A ballot can only be sent from its own page. Nothing was recorded.",
    "ratelimit.title": "Too many wrong links",
    "ratelimit.body": "Too many wrong links came from this device. Wait a few minutes, then use your own link.",
}
