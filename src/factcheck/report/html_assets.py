"""The inline stylesheet and script of the HTML report (no network, no build step)."""

CSS = """
:root { --supported:#1a7f37; --contradicted:#cf222e; --unverifiable:#0969da;
  --needs_review:#9a6700; --ink:#1f2328; --muted:#59636e; --line:#d1d9e0; --bg:#fff; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: #f6f8fa; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
header.run h1 { font-size: 1.4rem; margin: .5rem 0; }
.muted { color: var(--muted); }
.summary { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0 1rem; padding: 0; }
.summary li { list-style: none; border: 1px solid var(--line); border-radius: .4rem;
  background: var(--bg); padding: .3rem .7rem; }
.summary b { font-size: 1.2rem; margin-right: .3rem; }
.hint { margin: 0 0 1rem; font-size: .9rem; }
section.document { background: var(--bg); border: 1px solid var(--line); border-radius: .5rem;
  padding: 1rem 1.25rem; margin-bottom: 1.5rem; }
section.document h2 { font-size: 1.15rem; margin: 0 0 .25rem; word-break: break-all; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, serif;
  font-size: 1.05rem; border-top: 1px solid var(--line); padding-top: .75rem; }
mark { background: transparent; color: inherit; cursor: pointer; padding: 0 .1em;
  border-radius: .2em; border-bottom: 3px solid var(--c); background: color-mix(in srgb, var(--c) 14%, transparent); }
mark[data-disputed] { border-bottom-style: dashed; }
mark[data-verdict=contradicted] { background: color-mix(in srgb, var(--c) 24%, transparent); font-weight: 600; }
mark:focus, mark.active { outline: 2px solid var(--c); outline-offset: 1px; }
[data-verdict=supported] { --c: var(--supported); }
[data-verdict=contradicted] { --c: var(--contradicted); }
[data-verdict=unverifiable] { --c: var(--unverifiable); }
[data-verdict=needs_review] { --c: var(--needs_review); }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: .2em;
  background: var(--c); vertical-align: -.1em; margin-right: .3em; }
.badge { display: inline-block; color: #fff; background: var(--c); border-radius: .3em;
  padding: 0 .45em; font-size: .8rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
.badge.disputed, .summary .disputed .swatch { background: #8250df; }
.claims { margin-top: 1rem; }
.claims h3 { font-size: 1rem; margin: .5rem 0; }
.claim { border-left: 4px solid var(--c); padding: .4rem .75rem; margin: .5rem 0;
  background: #fafbfc; }
.claim.active { background: #fff8c5; }
.claim dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: .4rem 0 0; }
.claim dt { font-weight: 600; color: var(--muted); }
.claim dd { margin: 0; overflow-wrap: anywhere; }
.claim ul { margin: 0; padding-left: 1.1rem; }
.claim li { margin: .1rem 0; }
.claim .src { font-size: .85em; white-space: nowrap; }
.claim details.more summary { cursor: pointer; color: var(--muted); font-size: .9em; }
.quote { font-family: Georgia, serif; }
.error { color: var(--contradicted); font-weight: 600; }
#popover { position: absolute; z-index: 10; max-width: min(32rem, 94vw); background: var(--bg);
  border: 1px solid var(--line); border-radius: .5rem; box-shadow: 0 8px 24px rgba(0,0,0,.18);
  padding: .25rem .5rem; max-height: 70vh; overflow-y: auto; }
#popover .claim { margin: 0; border-left-width: 4px; }
#popover .close { float: right; border: 0; background: none; font-size: 1.2rem; cursor: pointer; }
@media print { #popover { display: none; } }
"""

JS = """
(function () {
  "use strict";
  var pop = document.getElementById("popover");
  var pinned = null;
  function detail(mark) { return document.getElementById("claim-" + mark.dataset.claim); }
  function show(mark) {
    var d = detail(mark);
    if (!d) { return; }
    pop.replaceChildren(d.cloneNode(true));
    pop.firstChild.removeAttribute("id");
    pop.firstChild.classList.remove("active");
    var close = document.createElement("button");
    close.className = "close"; close.type = "button"; close.textContent = "\\u00d7";
    close.setAttribute("aria-label", "Close");
    close.addEventListener("click", function (ev) { ev.stopPropagation(); unpin(); });
    pop.firstChild.prepend(close);
    var r = mark.getBoundingClientRect();
    pop.hidden = false;
    var left = Math.max(8, Math.min(window.scrollX + r.left,
      window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8));
    pop.style.left = left + "px";
    pop.style.top = (window.scrollY + r.bottom + 6) + "px";
  }
  function hide() { if (!pinned) { pop.hidden = true; } }
  function unpin() {
    if (pinned) { pinned.classList.remove("active"); var d = detail(pinned); if (d) { d.classList.remove("active"); } }
    pinned = null; pop.hidden = true;
  }
  function pin(mark) {
    unpin(); pinned = mark; mark.classList.add("active");
    var d = detail(mark); if (d) { d.classList.add("active"); }
    show(mark);
  }
  document.querySelectorAll("mark[data-claim]").forEach(function (mark) {
    mark.addEventListener("mouseenter", function () { if (!pinned) { show(mark); } });
    mark.addEventListener("mouseleave", hide);
    mark.addEventListener("focus", function () { if (!pinned) { show(mark); } });
    mark.addEventListener("blur", hide);
    mark.addEventListener("click", function (ev) { ev.stopPropagation(); pin(mark); });
    mark.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pin(mark); }
    });
  });
  pop.addEventListener("click", function (ev) { ev.stopPropagation(); });
  document.addEventListener("click", unpin);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { unpin(); } });
})();
"""
