"""End to end in headless Chromium (issue 13, point 5): staff, attendee on a phone, the
administrator's move, the facilitator's refused cancel. Screenshots go to .build/web-artefacts."""

import json
import re

import icalendar
import requests
from selenium.webdriver.common.by import By

from browser import (
    clear_session,
    desktop,
    http_client,
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
    EVALUATION_ROUND,
    FACILITATOR_EMAIL,
    FACILITATOR_PASSWORD,
    NEXT_ROUND,
    london_yesterday,
)

MOVED_ROUND = "R-0006"
MOVED_TO = "2027-05-18"
MOVED_TO_WORDS = re.compile(r"\b18 May 2027\b|\bMay 18, 2027\b")
NEXT_ROUND_DAY = re.compile(r"\b9 Feb(ruary)? 2027\b")


def feed_events(url: str) -> dict[str, icalendar.Event]:
    answer = requests.get(url, timeout=30)
    assert answer.status_code == 200, f"GET {url} -> {answer.status_code}"
    assert answer.headers["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(answer.content)
    return {str(event["UID"]).split("@")[0]: event for event in calendar.walk("VEVENT")}


def radio_label(browser, radio):
    """The label that names a radio: its wrapping <label>, or the <label for=its id>."""
    wrapping = radio.find_elements(By.XPATH, "./ancestor::label")
    if wrapping:
        return wrapping[0]
    return browser.find_element(By.CSS_SELECTOR, f"label[for='{radio.get_attribute('id')}']")


def test_staff_member_finds_the_next_round_and_subscribes(server, browser, artefacts):
    desktop(browser)
    clear_session(browser, server.base_url)
    browser.get(server.base_url + "/")
    shoot(browser, artefacts, "whats-on")
    rounds = browser.find_elements(By.CSS_SELECTOR, "article.round")
    assert rounds, "no article.round on the what's-on page"
    ids = [article.get_attribute("id") for article in rounds]
    assert ids[0] == f"round-{NEXT_ROUND}", f"first upcoming Round is {ids[0]}"
    assert f"round-{EVALUATION_ROUND}" not in ids, "yesterday's Round is listed as upcoming"
    assert ids == sorted(ids), f"Rounds are not in date order: {ids}"
    https_feed = browser.find_element(By.ID, "feed-https").get_attribute("href")
    webcal = browser.find_element(By.ID, "feed-webcal").get_attribute("href")
    assert https_feed.endswith("/feed.ics") and webcal.startswith("webcal://")
    assert webcal.split("://", 1)[1] == https_feed.split("://", 1)[1]
    rounds[0].find_element(By.CSS_SELECTOR, "a.round-link").click()
    wait_for_path(browser, f"/rounds/{NEXT_ROUND}")
    shoot(browser, artefacts, "round-page")
    assert NEXT_ROUND_DAY.search(browser.find_element(By.TAG_NAME, "main").text)
    events = feed_events(https_feed)
    assert NEXT_ROUND in events, f"the feed has no {NEXT_ROUND}: {sorted(events)}"
    assert events[NEXT_ROUND].decoded("DTSTART").isoformat().startswith("2027-02-09T12:00")
    single = feed_events(f"{server.base_url}/rounds/{NEXT_ROUND}.ics")
    assert list(single) == [NEXT_ROUND]
    browser.get(server.base_url + "/subscribe")
    shoot(browser, artefacts, "subscribe")
    text = browser.find_element(By.TAG_NAME, "main").text
    for calendar in ("Outlook", "Google", "Apple"):
        assert calendar in text, f"/subscribe says nothing about {calendar}"
    browser.get(f"{server.base_url}/rounds/{NEXT_ROUND}/poster")
    shoot(browser, artefacts, "poster")
    assert browser.find_elements(By.CSS_SELECTOR, "svg.qr"), "the poster has no svg.qr"


def test_attendee_completes_the_evaluation_on_a_phone(server, browser, artefacts):
    comment = "Phone test comment: the panel was moving."
    clear_session(browser, server.base_url)
    phone(browser)
    try:
        browser.get(f"{server.base_url}/rounds/{EVALUATION_ROUND}")
        browser.find_element(By.ID, "evaluation-link").click()
        wait_for_path(browser, f"/rounds/{EVALUATION_ROUND}/evaluation")
        width, inner = no_sideways_scroll(browser)
        assert width <= inner, f"the evaluation scrolls sideways: {width} > {inner}"
        shoot(browser, artefacts, "evaluation-phone")
        form = browser.find_element(By.ID, "evaluation")
        fieldsets = form.find_elements(By.TAG_NAME, "fieldset")
        assert fieldsets, "the evaluation has no fieldset"
        for fieldset in fieldsets:
            assert fieldset.find_element(By.TAG_NAME, "legend").text.strip()
            radios = fieldset.find_elements(By.CSS_SELECTOR, "input[type=radio]")
            if radios:
                label = radio_label(browser, radios[-1])
                browser.execute_script("arguments[0].scrollIntoView({block:'center'})", label)
                label.click()
                assert radios[-1].is_selected()
            for box in fieldset.find_elements(By.TAG_NAME, "textarea"):
                box.send_keys(comment)
        button = browser.find_element(By.ID, "submit-evaluation")
        browser.execute_script("arguments[0].scrollIntoView({block:'center'})", button)
        button.click()
        wait_for_path(browser, f"/rounds/{EVALUATION_ROUND}/evaluation/thanks")
        width, inner = no_sideways_scroll(browser)
        assert width <= inner, f"the thank-you page scrolls sideways: {width} > {inner}"
        shoot(browser, artefacts, "evaluation-thanks-phone")
    finally:
        desktop(browser)
    server.cli("held", EVALUATION_ROUND, "--attendance", "25")
    month = london_yesterday()[:7]
    out = server.folder / "report-phone"
    server.cli("report", "--from", month, "--to", month, "--out", str(out), "--format", "json")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    entry = next(r for r in report["rounds"] if r["id"] == EVALUATION_ROUND)
    assert entry["responses"] == 1
    assert comment in json.dumps(entry.get("comments", []), ensure_ascii=False)
    assert entry["overall"]["counts"][4] == 1, "the top rating chosen on the phone was not kept"
    # The administrator's report page shows it too.
    login(browser, server.base_url, ADMIN_EMAIL, ADMIN_PASSWORD)
    browser.get(server.base_url + "/admin/report")
    shoot(browser, artefacts, "admin-report")
    assert EVALUATION_ROUND in browser.page_source or "Taking the executive hat off" in (
        browser.page_source)


def test_administrator_moves_a_round_and_everything_follows(server, browser, artefacts):
    login(browser, server.base_url, ADMIN_EMAIL, ADMIN_PASSWORD)
    wait_for_path(browser, "/admin")
    shoot(browser, artefacts, "admin-schedule")
    browser.find_element(By.CSS_SELECTOR, f"a[href$='/admin/rounds/{MOVED_ROUND}']").click()
    wait_for_path(browser, f"/admin/rounds/{MOVED_ROUND}")
    shoot(browser, artefacts, "admin-round")
    form = browser.find_element(By.CSS_SELECTOR, f"form[action$='/{MOVED_ROUND}/move']")
    date = form.find_element(By.NAME, "date")
    if date.get_attribute("type") == "date":
        browser.execute_script("arguments[0].value = arguments[1]", date, MOVED_TO)
    else:
        date.clear()
        date.send_keys(MOVED_TO)
    form.find_element(By.CSS_SELECTOR, "button[type=submit], input[type=submit]").click()
    wait_until_replaced(browser, form, 15)
    wait_for_path(browser, f"/admin/rounds/{MOVED_ROUND}")
    assert MOVED_TO_WORDS.search(browser.find_element(By.TAG_NAME, "main").text)
    shown = server.cli("show", MOVED_ROUND).stdout
    assert MOVED_TO_WORDS.search(shown), f"the store did not follow: {shown[:300]}"
    clear_session(browser, server.base_url)
    browser.get(server.base_url + "/")
    # This browser saw what's on a minute ago; opening it again must show the move (public
    # pages are `Cache-Control: public, no-cache`, so the browser asks the server again).
    article = browser.find_element(By.ID, f"round-{MOVED_ROUND}")
    assert MOVED_TO_WORDS.search(article.text), f"what's on says {article.text!r}"
    event = feed_events(server.base_url + "/feed.ics")[MOVED_ROUND]
    assert event.decoded("DTSTART").date().isoformat() == MOVED_TO
    out = server.folder / "invites-after-move"
    sent = server.cli("export", "invites", "--out", str(out)).stdout
    assert MOVED_ROUND in sent, f"the export does not list {MOVED_ROUND}: {sent}"
    invite = icalendar.Calendar.from_ical((out / f"{MOVED_ROUND}.ics").read_bytes())
    vevent = next(iter(invite.walk("VEVENT")))
    assert vevent.decoded("DTSTART").date().isoformat() == MOVED_TO
    assert int(vevent["SEQUENCE"]) >= 1


def test_facilitator_sees_their_rounds_and_cannot_cancel(server, browser, artefacts):
    login(browser, server.base_url, FACILITATOR_EMAIL, FACILITATOR_PASSWORD)
    wait_for_path(browser, "/facilitator")
    shoot(browser, artefacts, "facilitator")
    own = server.facilitator_rounds()
    shown = {a.get_attribute("id") for a in browser.find_elements(By.CSS_SELECTOR, "article")}
    assert {f"round-{r}" for r in own} <= shown, f"their Rounds {own}, the page shows {shown}"
    target = own[-1]
    browser.get(f"{server.base_url}/admin/rounds/{target}")
    assert not browser.find_elements(By.CSS_SELECTOR, "form[action$='/cancel']")
    client = http_client(browser, server.base_url)
    token = client.csrf_for("/facilitator")
    answer = client.post(f"/admin/rounds/{target}/cancel", {"csrf": token})
    assert answer.status_code == 403, f"facilitator cancel -> {answer.status_code}"
    assert "cancelled" not in server.cli("show", target).stdout.lower()


def test_login_page_screenshot_and_failed_login(server, browser, artefacts):
    clear_session(browser, server.base_url)
    browser.get(server.base_url + "/login")
    shoot(browser, artefacts, "login")
    form = browser.find_element(By.ID, "login")
    form.find_element(By.NAME, "email").send_keys(ADMIN_EMAIL)
    form.find_element(By.NAME, "password").send_keys("not the password")
    form.find_element(By.CSS_SELECTOR, "button[type=submit], input[type=submit]").click()
    wait_until_replaced(browser, form, 15)
    assert browser.find_elements(By.ID, "login"), "a failed login does not show the form again"
    assert "/admin" not in browser.current_url
