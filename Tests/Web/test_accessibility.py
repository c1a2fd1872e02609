"""Accessibility (issue 13, point 5): axe-core on every kind of page finds no serious or
critical violation; every page has lang, one h1, main and a title; every form works with Tab,
Space and Enter alone."""

import pytest
from selenium.webdriver.common.by import By

from browser import (
    axe_violations,
    clear_session,
    desktop,
    keyboard_fill,
    login,
    phone,
    shoot,
    wait_for_path,
    wait_until_replaced,
)
from webkit import (
    ADMIN_EMAIL,
    ADMIN_PAGES,
    ADMIN_PASSWORD,
    EVALUATION_ROUND,
    FACILITATOR_EMAIL,
    FACILITATOR_PASSWORD,
    NEXT_ROUND,
)

PUBLIC = [
    "/",
    "/subscribe",
    f"/rounds/{NEXT_ROUND}",
    f"/rounds/{NEXT_ROUND}/poster",
    f"/rounds/{NEXT_ROUND}/evaluation",  # closed: the Round has not started
    f"/rounds/{EVALUATION_ROUND}",
    f"/rounds/{EVALUATION_ROUND}/evaluation",
    f"/rounds/{EVALUATION_ROUND}/sign-in",
    "/login",
    "/no-such-page",
]
FACILITATOR = ["/facilitator"]


def check_page(browser, url: str) -> list[str]:
    """The page's structural faults and axe's serious and critical violations, as text."""
    browser.get(url)
    faults = []
    structure = browser.execute_script(
        """return {lang: document.documentElement.getAttribute('lang') || '',
                   h1: document.querySelectorAll('h1').length,
                   main: document.querySelectorAll('main').length,
                   title: document.title.trim()};"""
    )
    if not structure["lang"]:
        faults.append("no lang on <html>")
    if structure["h1"] != 1:
        faults.append(f"{structure['h1']} <h1> elements")
    if structure["main"] != 1:
        faults.append(f"{structure['main']} <main> elements")
    if not structure["title"]:
        faults.append("empty <title>")
    for violation in axe_violations(browser):
        faults.append(f"axe {violation['impact']} {violation['id']}: {violation['help']} "
                      f"at {violation['targets']}")
    return faults


def test_public_and_attendee_pages(server, browser):
    clear_session(browser, server.base_url)
    faults = {}
    for path in PUBLIC:
        for size, setter in (("desktop", desktop), ("phone", phone)):
            setter(browser)
            found = check_page(browser, server.base_url + path)
            if found:
                faults[f"{path} ({size})"] = found
    desktop(browser)
    assert not faults, faults


def test_administrator_pages(server, browser, artefacts):
    login(browser, server.base_url, ADMIN_EMAIL, ADMIN_PASSWORD)
    faults = {path: found for path in ADMIN_PAGES
              if (found := check_page(browser, server.base_url + path))}
    browser.get(server.base_url + "/admin/people")
    shoot(browser, artefacts, "admin-people")
    assert not faults, faults


def test_facilitator_pages(server, browser):
    login(browser, server.base_url, FACILITATOR_EMAIL, FACILITATOR_PASSWORD)
    faults = {path: found for path in FACILITATOR
              if (found := check_page(browser, server.base_url + path))}
    assert not faults, faults


def test_login_by_keyboard(server, browser):
    clear_session(browser, server.base_url)
    browser.get(server.base_url + "/login")
    visited = keyboard_fill(browser, "form#login",
                            {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
    assert "email" in visited and "password" in visited
    wait_for_path(browser, "/admin")


def test_evaluation_by_keyboard(server, browser):
    clear_session(browser, server.base_url)
    phone(browser)
    try:
        browser.get(f"{server.base_url}/rounds/{EVALUATION_ROUND}/evaluation")
        groups = {radio.get_attribute("name") for radio in
                  browser.find_elements(By.CSS_SELECTOR, "form#evaluation input[type=radio]")}
        visited = keyboard_fill(browser, "form#evaluation", {})
        assert groups <= set(visited), f"Tab skipped questions: {groups - set(visited)}"
        wait_for_path(browser, f"/rounds/{EVALUATION_ROUND}/evaluation/thanks")
    finally:
        desktop(browser)


def test_sign_in_by_keyboard(server, browser):
    clear_session(browser, server.base_url)
    browser.get(f"{server.base_url}/rounds/{EVALUATION_ROUND}/sign-in")
    form = browser.find_element(By.CSS_SELECTOR, "main form")
    selector = f"form#{form.get_attribute('id')}" if form.get_attribute("id") else "main form"
    visited = keyboard_fill(browser, selector, {"name": "Keyboard Attendee"})
    assert "name" in visited
    wait_until_replaced(browser, form, 15)
    assert "thank" in browser.find_element(By.TAG_NAME, "h1").text.lower()


@pytest.mark.parametrize("action", ["move"])
def test_administrator_form_by_keyboard(server, browser, action):
    login(browser, server.base_url, ADMIN_EMAIL, ADMIN_PASSWORD)
    browser.get(f"{server.base_url}/admin/rounds/R-0007")
    keyboard_fill(browser, f"form[action$='/R-0007/{action}']", {"date": "2027-06-15"})
    wait_for_path(browser, "/admin/rounds/R-0007")
    assert "15 Jun" in server.cli("show", "R-0007").stdout
