"""The administrator's edits in a real browser (issue 13, point 4): the panel on a Round's page,
leave, themes, venues, and holiday and availability uploads. Each edit goes through the form,
comes back as a message on the page (post/redirect/get), and is in the store, as the command
line sees it. Confidential text (a story title, a leave note) never reaches a public page, the
feed or the server's log. Uses its own demo store and server."""

import uuid

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from browser import (
    axe_violations,
    desktop,
    keyboard_fill,
    login,
    no_sideways_scroll,
    phone,
    shoot,
    wait_for_path,
    wait_until_replaced,
)
from webkit import (
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    FACILITATOR_EMAIL,
    NEXT_ROUND,
    THEME_SLUG,
    VENUE_SLUG,
    public_paths,
    store_dump,
)

KEMI = "kemi.bello@northbrook-hospitals.example"
LIAM = "liam.doyle@northbrook-hospitals.example"

HOLIDAYS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Rounds tests//Closures//EN\r
BEGIN:VEVENT\r
UID:closure-1@rounds.test\r
DTSTAMP:20260101T000000Z\r
DTSTART;VALUE=DATE:{day}\r
DTEND;VALUE=DATE:20270306\r
SUMMARY:Trust closure day\r
END:VEVENT\r
END:VCALENDAR\r
"""
BUSY = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Rounds tests//Busy//EN\r
BEGIN:VEVENT\r
UID:busy-1@rounds.test\r
DTSTAMP:20260101T000000Z\r
DTSTART:{start}\r
DTEND:20270309T140000Z\r
SUMMARY:Clinic\r
END:VEVENT\r
END:VCALENDAR\r
"""


@pytest.fixture(scope="module")
def admin(server, browser):
    """The browser, signed in as the administrator once for the module (logins are
    rate-limited per address)."""
    login(browser, server.base_url, ADMIN_EMAIL, ADMIN_PASSWORD)
    wait_for_path(browser, "/admin")
    return browser


def submit(browser, form_selector, fields: dict[str, str] | None = None,
           button: str = "button[type=submit]") -> str:
    """Fills the form's (a CSS selector or the element) fields (text by typing, selects by value, dates by script), submits it
    with `button`, waits for the next page and returns its message."""
    form = (browser.find_element(By.CSS_SELECTOR, form_selector)
            if isinstance(form_selector, str) else form_selector)
    for name, value in (fields or {}).items():
        control = form.find_element(By.NAME, name)
        if control.tag_name == "select":
            Select(control).select_by_value(value)
        elif control.get_attribute("type") in ("date", "file"):
            if control.get_attribute("type") == "file":
                control.send_keys(value)
            else:
                browser.execute_script("arguments[0].value = arguments[1]", control, value)
        else:
            control.clear()
            control.send_keys(value)
    form.find_element(By.CSS_SELECTOR, button).click()
    wait_until_replaced(browser, form, 30)
    found = browser.find_elements(By.CSS_SELECTOR, "main .message")
    return found[0].text if found else browser.find_element(By.TAG_NAME, "main").text


def public_text(server) -> dict[str, str]:
    """Every public page and the feed, path -> body."""
    rounds = [f"/rounds/R-{n:04d}" for n in range(1, 13)]
    return public_paths(server.client(), rounds)


def check_on_a_phone(browser, url: str) -> None:
    """axe-core finds no serious or critical violation at 390x844, nothing is wider than the
    screen, and there is one h1 and one main."""
    phone(browser)
    try:
        browser.get(url)
        violations = axe_violations(browser)
        assert not violations, f"{url}: {violations}"
        width, screen = no_sideways_scroll(browser)
        assert width <= screen, f"{url} is {width}px wide on a {screen}px phone"
        assert len(browser.find_elements(By.TAG_NAME, "h1")) == 1
        assert len(browser.find_elements(By.TAG_NAME, "main")) == 1
    finally:
        desktop(browser)


@pytest.mark.parametrize("path", ["/admin/leave", "/admin/themes", f"/admin/themes/{THEME_SLUG}",
                                  "/admin/venues", f"/admin/venues/{VENUE_SLUG}",
                                  "/admin/imports"])
def test_new_pages_on_a_phone(server, admin, path):
    check_on_a_phone(admin, server.base_url + path)


def test_panel_add_story_order_and_remove(server, admin, artefacts):
    story = f"PANELSTORY{uuid.uuid4().hex[:10]}"
    page = f"{server.base_url}/admin/rounds/{NEXT_ROUND}"
    admin.get(page)
    message = submit(admin, "form#panel-add", {"email": KEMI, "story": "First draft"})
    wait_for_path(admin, f"/admin/rounds/{NEXT_ROUND}")
    assert "Added Kemi Bello to the panel" in message
    assert "First draft" not in message, "a story title in a message"
    listing = server.cli("panel", NEXT_ROUND, "list").stdout
    assert "Kemi Bello" in listing and "(story title recorded)" in listing
    # The title is edited in place and the page shows the new one.
    message = submit(admin, "form#panel-story-1", {"story": story})
    assert "Changed the story title of Kemi Bello" in message and story not in message
    assert admin.find_element(By.ID, "story-1").get_attribute("value") == story
    exported = server.folder / "panel.yaml"
    server.cli("export", "yaml", "--out", str(exported))
    assert f"story: {story}" in exported.read_text(encoding="utf-8")
    # A second panellist, moved to speak first.
    submit(admin, "form#panel-add", {"email": LIAM})
    assert "Liam Doyle" in admin.find_element(By.ID, "panellist-2").text
    message = submit(admin, "form#panel-earlier-2")
    assert "Speaking order" in message
    listing = server.cli("panel", NEXT_ROUND, "list").stdout
    assert listing.index("Liam Doyle") < listing.index("Kemi Bello"), listing
    # Liam agreed to be named: the button records it, and the Round's public page names him.
    message = submit(admin, "form#panel-name-1")
    assert "Liam Doyle will be named on the public page" in message
    assert "Liam Doyle <" in server.cli("panel", NEXT_ROUND, "list").stdout
    assert "(named on the public page)" in server.cli("panel", NEXT_ROUND, "list").stdout
    assert "Keep Liam Doyle's name off the public page" in admin.page_source
    shoot(admin, artefacts, "admin-round-panel")
    # With a panel listed, the page passes axe on a phone and does not scroll sideways.
    check_on_a_phone(admin, page)
    # Public pages and the feed never show the title.
    for path, body in public_text(server).items():
        assert story not in body, f"{path} shows the story title"
    message = submit(admin, "form#panel-remove-2")
    assert "Removed Kemi Bello from the panel" in message
    assert "Kemi Bello" not in server.cli("panel", NEXT_ROUND, "list").stdout


def test_leave_add_and_remove_keeps_the_note_private(server, admin, artefacts):
    note = f"LEAVENOTE{uuid.uuid4().hex[:10]}"
    admin.get(f"{server.base_url}/admin/leave")
    message = submit(admin, "form#leave-add", {
        "person": FACILITATOR_EMAIL, "from": "2027-11-01", "to": "2027-11-05", "note": note})
    wait_for_path(admin, "/admin/leave")
    assert f"Recorded leave for {FACILITATOR_EMAIL}" in message
    listing = admin.find_element(By.ID, "leave-list").text
    assert "1 Nov 2027 to 5 Nov 2027" in listing and "note recorded" in listing
    assert note not in admin.page_source, "the leave page shows the note"
    shoot(admin, artefacts, "admin-leave")
    assert "1 Nov 2027 to 5 Nov 2027" in server.cli("leave", "list", FACILITATOR_EMAIL).stdout
    exported = server.folder / "leave.yaml"
    server.cli("export", "yaml", "--out", str(exported))
    assert note in exported.read_text(encoding="utf-8"), "the note was not stored"
    for path, body in public_text(server).items():
        assert note not in body, f"{path} shows the leave note"
    assert note not in (server.folder / "serve.log").read_text(errors="replace")
    remove = admin.find_element(
        By.XPATH, "//form[.//button[contains(., '1 Nov 2027 to 5 Nov 2027')]]")
    message = submit(admin, remove)
    assert "Removed leave" in message
    assert "1 Nov 2027" not in server.cli("leave", "list", FACILITATOR_EMAIL).stdout


def test_leave_by_keyboard(server, admin):
    admin.get(f"{server.base_url}/admin/leave")
    keyboard_fill(admin, "form#leave-add",
                  {"from": "2027-12-20", "to": "2027-12-24", "note": "keyboard note"})
    wait_for_path(admin, "/admin/leave")
    assert "20 Dec 2027 to 24 Dec 2027" in server.cli("leave", "list").stdout


def test_theme_add_edit_and_remove(server, admin):
    admin.get(f"{server.base_url}/admin/themes")
    message = submit(admin, "form#theme-add", {
        "title": "Night shifts", "description": "Working while others sleep.",
        "prompts": "What keeps you going at 3am?\nWho do you turn to?"})
    assert "Added theme night-shifts: Night shifts." in message
    assert "night-shifts" in server.cli("themes", "list").stdout
    admin.find_element(By.CSS_SELECTOR, "a[href='/admin/themes/night-shifts']").click()
    wait_for_path(admin, "/admin/themes/night-shifts")
    message = submit(admin, "form#theme-edit", {"title": "Nights"})
    assert "Changed theme night-shifts." in message
    assert admin.find_element(By.ID, "theme-title").get_attribute("value") == "Nights"
    assert "Who do you turn to?" in admin.find_element(By.ID, "theme-prompts").get_attribute(
        "value")
    assert "night-shifts  Nights" in server.cli("themes", "list").stdout
    message = submit(admin, "form#theme-remove")
    wait_for_path(admin, "/admin/themes")
    assert "Removed theme night-shifts." in message
    assert "night-shifts" not in server.cli("themes", "list").stdout


def test_venue_add_edit_and_remove(server, admin):
    admin.get(f"{server.base_url}/admin/venues")
    message = submit(admin, "form#venue-add", {
        "slug": "day-room", "name": "Day Room", "room": "Ward 4, Main Building"})
    assert "Added venue day-room: Day Room, Ward 4, Main Building." in message
    admin.find_element(By.CSS_SELECTOR, "a[href='/admin/venues/day-room']").click()
    wait_for_path(admin, "/admin/venues/day-room")
    message = submit(admin, "form#venue-edit", {
        "videoLink": "https://video.northbrook-hospitals.example/day-room"})
    assert "Changed venue day-room: Day Room: https://video." in message
    listing = server.cli("venues", "list").stdout
    assert "day-room  Day Room: https://video.northbrook-hospitals.example/day-room" in listing
    message = submit(admin, "form#venue-remove")
    assert "Removed venue day-room." in message
    assert "day-room" not in server.cli("venues", "list").stdout
    # The default venue cannot go: a 409 page says why, and the venue stays.
    admin.get(f"{server.base_url}/admin/venues/lecture-theatre")
    text = submit(admin, "form#venue-remove")
    assert "default venue" in text or "is used by" in text
    assert "lecture-theatre" in server.cli("venues", "list").stdout


def test_holidays_upload(server, admin, tmp_path):
    good = tmp_path / "closures.ics"
    good.write_text(HOLIDAYS.format(day="20270305"), encoding="utf-8")
    admin.get(f"{server.base_url}/admin/imports")
    message = submit(admin, "form#import-holidays",
                     {"file": str(good), "region": "trust-closures"})
    wait_for_path(admin, "/admin/imports")
    assert "Imported 1 holiday for trust-closures" in message
    # A file with an impossible date: 400 naming the file and the line; nothing changes.
    stored = store_dump(server.store)
    client = server.admin()
    token = client.csrf_for("/admin/imports")
    answer = client.post("/admin/imports/holidays", {"csrf": token, "region": "GB-SCT"},
                         files={"file": ("broken-closures.ics",
                                         HOLIDAYS.format(day="20270231").encode(),
                                         "text/calendar")})
    assert answer.status_code == 400, answer.status_code
    assert "broken-closures.ics" in answer.text and "line 7" in answer.text
    assert "2027-02-31" in answer.text
    answer = client.post("/admin/imports/holidays", {"csrf": token, "region": "no spaces!"},
                         files={"file": ("closures.ics", good.read_bytes(), "text/calendar")})
    assert answer.status_code == 400 and "cannot name a holiday region" in answer.text
    assert store_dump(server.store) == stored, "a refused holiday upload changed the store"


def test_availability_upload(server, admin, tmp_path):
    good = tmp_path / "ana-calendar.ics"
    good.write_text(BUSY.format(start="20270309T110000Z"), encoding="utf-8")
    admin.get(f"{server.base_url}/admin/imports")
    message = submit(admin, "form#import-availability",
                     {"file": str(good), "person": FACILITATOR_EMAIL})
    assert "Imported 1 busy time for Ana Price" in message
    stored = store_dump(server.store)
    assert any("busy_time" in line for line in stored), "no busy time stored"
    client = server.admin()
    token = client.csrf_for("/admin/imports")
    answer = client.post("/admin/imports/availability",
                         {"csrf": token, "person": FACILITATOR_EMAIL},
                         files={"file": ("ana-broken.ics",
                                         BUSY.format(start="20270399T110000Z").encode(),
                                         "text/calendar")})
    assert answer.status_code == 400, answer.status_code
    assert "ana-broken.ics" in answer.text and "line 7" in answer.text
    assert "busy times were not changed" in answer.text
    answer = client.post("/admin/imports/availability",
                         {"csrf": token, "person": "nobody@example.org"},
                         files={"file": ("ana.ics", good.read_bytes(), "text/calendar")})
    assert answer.status_code == 400
    assert store_dump(server.store) == stored, "a refused availability upload changed the store"
