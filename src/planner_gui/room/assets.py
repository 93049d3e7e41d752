"""The member page's one style sheet and one small script, inline, and the headers every answer carries.

Nothing is loaded from anywhere: no fonts, images or files, so the page works
offline and the Content-Security-Policy can forbid everything else. The style
and the script are allowed by their SHA-256 hashes, so any other inline
script or style (one smuggled into a comment, say) would not run even if it
escaped the escaping.
"""

from __future__ import annotations

import base64
import hashlib

TIER_COLOURS = {"high": "#D55E00", "medium": "#E69F00", "low": "#56B4E9", "dropped": "#999999"}  # Okabe–Ito

CSS = (
    """
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%;scroll-padding-top:64px}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
color:#1a1a1a;background:#f3f3f1}
header{background:#fff;border-bottom:1px solid #d8d8d4;padding:14px 16px 12px}
header div{max-width:46rem;margin:0 auto}
.plan{margin:0;color:#4a4a4a;font-size:.95rem}
h1{margin:2px 0 2px;font-size:1.55rem;line-height:1.2}
.member{margin:0}
main{max-width:46rem;margin:0 auto;padding:0 12px 40px}
.help{margin:14px 4px}
.status{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;justify-content:space-between;gap:4px 12px;
margin:0 -12px 14px;padding:10px 16px;background:#20303f;color:#fff;font-weight:600}
.status .over{background:#fff;color:#a3001b;border-radius:4px;padding:0 6px}
fieldset{border:1px solid #cfcfca;border-radius:12px;background:#fff;margin:0 0 12px;padding:12px 12px 6px;min-width:0}
legend{float:left;width:100%;padding:0;margin:0 0 10px;font-weight:650;font-size:1.02rem;line-height:1.35}
legend+*{clear:both}
.tiers{position:relative;display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:6px}
.tiers input{position:absolute;opacity:0;width:1px;height:1px;margin:0;pointer-events:none}
.tiers label{position:relative;display:flex;align-items:center;justify-content:center;min-height:48px;padding:4px 2px;
border:2px solid var(--c);border-radius:9px;background:#fff;color:#1a1a1a;font-weight:600;font-size:.95rem;
cursor:pointer;text-align:center;-webkit-user-select:none;user-select:none;touch-action:manipulation;
-webkit-tap-highlight-color:transparent}
"""
    + "".join(f".tiers .{tier}{{--c:{colour}}}" for tier, colour in TIER_COLOURS.items())
    + """
.tiers input:checked+label{background:var(--c);color:#000;border-color:#000;box-shadow:inset 0 0 0 1px #000}
.tiers input:checked+label::after{content:"\\2713";position:absolute;top:-1px;right:4px;font-size:.8rem;font-weight:800}
.tiers input:focus-visible+label{outline:3px solid #1d4ed8;outline-offset:2px}
details{margin:6px 0 4px}
summary{display:flex;align-items:center;min-height:44px;cursor:pointer;color:#1d4ed8;font-weight:600;width:max-content}
summary::-webkit-details-marker{display:none}
summary::before{content:"+";display:inline-block;width:1.2em;font-size:1.2em}
details[open] summary::before{content:"\\2212"}
summary:focus-visible,button:focus-visible,textarea:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.comment{display:block;font-size:.92rem;color:#333;margin:0 0 4px}
textarea{display:block;width:100%;min-height:84px;font:inherit;padding:8px 10px;border:1px solid #8a8a85;
border-radius:8px;resize:vertical}
button{display:block;width:100%;min-height:54px;margin:22px 0 8px;font:inherit;font-size:1.12rem;font-weight:700;
color:#fff;background:#1d4ed8;border:0;border-radius:12px;cursor:pointer}
.problems{border:3px solid #b00020;background:#fff4f4;border-radius:12px;padding:12px 16px;margin:14px 0}
.problems h2{margin:0 0 6px;font-size:1.15rem;color:#b00020}
.problems ul{margin:6px 0;padding-left:1.2em}
.problems p{margin:6px 0 0}
.notice{border-left:6px solid #0b7a34;background:#ecf8ef;border-radius:8px;padding:12px 16px;margin:14px 0}
.notice h2{margin:0 0 4px;font-size:1.2rem}
.notice h2::before{content:"\\2713\\00a0";color:#0b7a34}
.notice p{margin:4px 0}
@media (max-width:379px){main{padding:0 8px 40px}.status{margin:0 -8px 14px}fieldset{padding:10px 8px 4px}
.tiers{gap:5px}.tiers label{font-size:.88rem}}
@media (max-width:339px){.tiers{grid-template-columns:repeat(2,minmax(0,1fr))}.tiers label{font-size:.95rem}}
@media (min-width:720px){main{padding:0 24px 48px}.status{margin:0 0 16px;border-radius:0 0 10px 10px}
fieldset{padding:14px 16px 8px}}
"""
)

SCRIPT = """
(function () {
  var form = document.getElementById("ballot");
  if (!form) { return; }
  var counter = document.getElementById("high-count");
  var progress = document.getElementById("progress");
  var capText = form.getAttribute("data-cap");
  var cap = capText ? parseInt(capText, 10) : null;
  var total = form.querySelectorAll("fieldset").length;
  var sent = false;
  function fill(text, values) {
    return text.replace(/\\{(\\w+)\\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }
  function update() {
    var highs = form.querySelectorAll("input[value=high]:checked").length;
    var done = form.querySelectorAll("input[type=radio]:checked").length;
    var over = cap !== null && highs > cap;
    var text = cap === null ? fill(counter.getAttribute("data-text"), {count: highs})
      : fill(counter.getAttribute("data-text-cap"), {count: highs, cap: cap});
    if (over) { text += " \\u2014 " + fill(counter.getAttribute("data-over"), {over: highs - cap}); }
    if (counter.textContent !== text) { counter.textContent = text; }
    counter.className = over ? "over" : "";
    progress.textContent = fill(progress.getAttribute("data-text"), {done: done, total: total});
  }
  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) {
    if (sent) { event.preventDefault(); } else { sent = true; }
  });
  update();
})();
"""


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'none'",
        f"style-src {_sha256(CSS)}",
        f"script-src {_sha256(SCRIPT)}",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    )
)

SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    # "same-origin", not "no-referrer": under no-referrer a browser sends "Origin: null" with the
    # page's own form post, and the Origin is how a post from another site is told apart. The page
    # links nowhere else, so its address (the member's token) never goes to another site either way.
    ("Referrer-Policy", "same-origin"),
    ("Cache-Control", "no-store"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
)
