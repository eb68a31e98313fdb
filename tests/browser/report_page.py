"""Open mzctl's HTML report in Debian's chromium (headless, through Playwright's DevTools
driver, never Playwright's own browsers) and say what a reader would see.

usage: report_page.py REPORT.html SCREENSHOT.png
Prints one JSON object: console errors, requests other than the page itself, the marks drawn
per figure (bars, cells, points) and the figures' declared mark counts.
"""
import json
import pathlib
import sys

from playwright.sync_api import sync_playwright

html, shot = pathlib.Path(sys.argv[1]).resolve(), sys.argv[2]
page_url = html.as_uri()
errors, requests = [], []
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url) if r.url != page_url else None)
    page.goto(page_url, wait_until="load")
    figures = page.eval_on_selector_all(
        "figure[data-figure]",
        """els => els.map(f => ({
            id: f.dataset.figure,
            declared: Number(f.dataset.marks),
            bars: f.querySelectorAll('svg rect.bar').length,
            cells: f.querySelectorAll('svg rect.cell').length,
            points: f.querySelectorAll('svg .point').length,
            width: f.querySelector('svg').getBoundingClientRect().width,
            rows: f.querySelectorAll('table tbody tr').length,
        }))""",
    )
    sections = page.eval_on_selector_all("section[data-section]", "els => els.map(s => s.dataset.section)")
    title = page.title()
    page.screenshot(path=shot, full_page=True)
    browser.close()
print(json.dumps({"errors": errors, "requests": requests, "figures": figures, "sections": sections, "title": title}, ensure_ascii=False))
