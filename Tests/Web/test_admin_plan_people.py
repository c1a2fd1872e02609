"""Planning and people edits in a real browser (issue 13, point 4): the schedule's plan form
shows a preview that stores nothing, its Apply button stores the plan, and the new Rounds are on
the schedule, the what's-on page and the command line's list; a person added on the people page
is listed, can be assigned to a Round, changed, and cannot be removed while on it. Uses its own
demo store and server."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from browser import keyboard_fill, login, shoot, wait_for_path, wait_until_replaced
from test_admin_edits import check_on_a_phone, submit
from webkit import ADMIN_EMAIL, ADMIN_PASSWORD, NEXT_ROUND, PANEL_EMAIL, PLAN_FROM, store_dump

NEW_PERSON = "rhys.jones@northbrook-hospitals.example"


@pytest.fixture(scope="module")
def admin(server, browser):
    """The browser, signed in as the administrator once for the module."""
    login(browser, server.base_url, ADMIN_EMAIL, ADMIN_PASSWORD)
    wait_for_path(browser, "/admin")
    return browser


@pytest.mark.parametrize("path", ["/admin", "/admin/plan", f"/admin/plan?from={PLAN_FROM}&months=2",
                                  "/admin/people", f"/admin/people/{PANEL_EMAIL}"])
def test_new_pages_on_a_phone(server, admin, path):
    check_on_a_phone(admin, server.base_url + path)


def test_plan_preview_then_apply(server, admin, artefacts):
    before = store_dump(server.store)
    admin.get(server.base_url + "/admin")
    form = admin.find_element(By.ID, "plan")
    admin.execute_script("arguments[0].value = arguments[1]",
                         form.find_element(By.NAME, "from"), PLAN_FROM)
    # By keyboard alone: Tab to the number of months, type it, Enter on the button.
    visited = keyboard_fill(admin, "form#plan", {"months": "2"})
    assert "months" in visited
    wait_for_path(admin, "/admin/plan")
    preview = admin.find_element(By.ID, "plan-preview").text
    assert "Preview: 2 months from 2028-02" in preview
    assert "New Rounds (2)" in preview
    assert "R-0014 added on" in preview and "R-0015 added on" in preview
    assert admin.find_element(By.ID, "plan-rota").text.startswith("Rota: ")
    shoot(admin, artefacts, "admin-plan-preview")
    assert store_dump(server.store) == before, "the preview stored something"
    assert "R-0014" not in server.cli("list").stdout
    rota = admin.find_element(By.ID, "plan-rota").text
    message = submit(admin, "form#plan-apply")
    wait_for_path(admin, "/admin")
    assert "Planned 2 months from 2028-02: New Rounds: 2" in message
    assert rota in message, "the stored plan's rota differs from the preview's"
    admin.find_element(By.CSS_SELECTOR, "a[href='/admin/rounds/R-0015']")
    listing = server.cli("list").stdout
    assert "R-0014" in listing and "R-0015" in listing
    admin.get(server.base_url + "/")
    admin.find_element(By.ID, "round-R-0014")
    admin.find_element(By.CSS_SELECTOR, "a.round-link[href='/rounds/R-0015']")
    # Previewing the same window again finds nothing to change and offers no Apply.
    admin.get(f"{server.base_url}/admin/plan?from={PLAN_FROM}&months=2")
    admin.find_element(By.ID, "plan-no-changes")
    assert not admin.find_elements(By.ID, "plan-apply")


def test_a_bad_plan_window_is_refused(server, admin):
    before = store_dump(server.store)
    client = server.admin()
    assert client.get("/admin/plan?from=2028-13&months=2").status_code == 400
    token = client.csrf_for("/admin/people")
    answer = client.post("/admin/plan/apply", {"csrf": token, "from": PLAN_FROM, "months": "999"})
    assert answer.status_code == 400 and "from 1 to 120" in answer.text
    assert store_dump(server.store) == before


def test_person_added_listed_assigned_changed_and_kept_while_on_a_round(server, admin, artefacts):
    admin.get(server.base_url + "/admin/people")
    form = admin.find_element(By.ID, "person-add")
    form.find_element(By.NAME, "role-facilitator").click()
    Select(form.find_element(By.NAME, "training")).select_by_value("trained")
    message = submit(admin, form, {"email": NEW_PERSON, "name": "Rhys Jones",
                                   "staffGroup": "Pharmacy", "seniority": "Band 7"})
    wait_for_path(admin, "/admin/people")
    assert "Added Rhys Jones" in message
    assert "Rhys Jones" in admin.find_element(By.ID, "people-list").text
    assert "facilitator (trained)" in admin.find_element(By.ID, "people-list").text
    shoot(admin, artefacts, "admin-people-added")
    people = server.cli("people", "list").stdout
    assert "Rhys Jones <rhys.jones@northbrook-hospitals.example>  Pharmacy, clinical, Band 7; " \
           "facilitator (trained)" in people, people
    # Assigned to the next Round from its page, beside one of its facilitators.
    admin.get(f"{server.base_url}/admin/rounds/{NEXT_ROUND}")
    message = submit(admin, "form#assign", {
        "facilitator1": "ben.okafor@northbrook-hospitals.example", "facilitator2": NEW_PERSON})
    assert "Rhys Jones" in server.cli("show", NEXT_ROUND).stdout, message
    # Changed on their own page.
    admin.get(f"{server.base_url}/admin/people/{NEW_PERSON}")
    form = admin.find_element(By.ID, "person-edit")
    form.find_element(By.CSS_SELECTOR, "input[name=clinical][value=no]").click()
    message = submit(admin, form, {"name": "Rhys Jones-Ap"})
    wait_for_path(admin, f"/admin/people/{NEW_PERSON}")
    assert "Changed Rhys Jones-Ap" in message
    assert "Rhys Jones-Ap <rhys.jones@northbrook-hospitals.example>  Pharmacy, non-clinical" \
        in server.cli("people", "list").stdout
    # On a Round: removing is refused with the reason, and the store is as it was.
    before = store_dump(server.store)
    text = submit(admin, "form#person-remove")
    assert f"is on Round {NEXT_ROUND}" in text, text
    assert store_dump(server.store) == before


def test_person_added_by_keyboard(server, admin):
    admin.get(server.base_url + "/admin/people")
    keyboard_fill(admin, "form#person-add", {
        "email": "keys.only@northbrook-hospitals.example", "name": "Keys Only",
        "staffGroup": "Estates and Facilities", "trainedOn": "2026-10-01"})
    wait_for_path(admin, "/admin/people")
    assert "Keys Only <keys.only@northbrook-hospitals.example>" in \
        server.cli("people", "list").stdout
