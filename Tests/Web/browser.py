"""Selenium helpers: phone viewport, logging in, keyboard-only form filling, axe-core, cookies
handed to the HTTP client, screenshots."""

import importlib.util
import pathlib
import time

from selenium.common.exceptions import (
    NoSuchElementException,
    StaleElementReferenceException,
    WebDriverException,
)
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from webkit import WebClient

PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 3, "mobile": True}


def axe_source() -> str:
    """axe-core as shipped inside PyPI's axe-playwright-python (imported by no one)."""
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        raise AssertionError("axe-playwright-python is not installed: run `make web-deps`")
    return (pathlib.Path(list(spec.submodule_search_locations)[0]) / "axe.min.js").read_text()


_AXE = None


def axe_violations(driver: WebDriver) -> list[dict]:
    """Runs axe-core (WCAG 2.0/2.1/2.2 A and AA plus best practices) on the current page and
    returns its serious and critical violations as {id, impact, help, targets}."""
    global _AXE
    if _AXE is None:
        _AXE = axe_source()
    driver.execute_script(_AXE)
    found = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']})
          .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            targets: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))
          .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e),
            targets: []}]));
        """
    )
    return [v for v in found if v["impact"] in ("serious", "critical")]


def phone(driver: WebDriver) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)


def desktop(driver: WebDriver) -> None:
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def no_sideways_scroll(driver: WebDriver) -> tuple[int, int]:
    return driver.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth];"
    )


def shoot(driver: WebDriver, folder: pathlib.Path, name: str) -> None:
    """A full-page PNG of the current page (Chrome's DevTools capture beyond the viewport)."""
    import base64

    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {"format": "png", "captureBeyondViewport": True,
         "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"],
                  "scale": 1}},
    )
    (folder / f"{name}.png").write_bytes(base64.b64decode(shot["data"]))


def clear_session(driver: WebDriver, base_url: str) -> None:
    driver.get(base_url + "/healthz")
    driver.delete_all_cookies()


def login(driver: WebDriver, base_url: str, email: str, password: str) -> None:
    clear_session(driver, base_url)
    driver.get(base_url + "/login")
    form = driver.find_element(By.ID, "login")
    form.find_element(By.NAME, "email").send_keys(email)
    form.find_element(By.NAME, "password").send_keys(password)
    form.find_element(By.NAME, "password").send_keys(Keys.ENTER)
    WebDriverWait(driver, 15).until(lambda d: "/login" not in d.current_url)


def http_client(driver: WebDriver, base_url: str) -> WebClient:
    """An HTTP client holding the browser's cookies (the same session and device)."""
    client = WebClient(base_url)
    for cookie in driver.get_cookies():
        client.http.cookies.set(cookie["name"], cookie["value"])
    return client


def active(driver: WebDriver) -> dict:
    return driver.execute_script(
        """const e = document.activeElement;
        return {tag: e.tagName.toLowerCase(), type: (e.type || '').toLowerCase(),
                id: e.id || '', name: e.name || '',
                form: e.form ? (e.form.id || e.form.getAttribute('action') || '') : null,
                checked: !!e.checked, value: e.value || ''};"""
    )


def keyboard_fill(driver: WebDriver, form_selector: str, texts: dict[str, str],
                  max_tabs: int = 300) -> list[str]:
    """Completes the form matching `form_selector` with the keyboard alone: Tab from the top of
    the page to each control, Space on the first radio of each group and on checkboxes, the
    given text (or "keyboard") in text fields, Enter on the submit button. Returns the controls
    it visited, in order; fails when focus never reaches the submit button."""
    form = driver.find_element(By.CSS_SELECTOR, form_selector)
    form_key = form.get_attribute("id") or form.get_attribute("action") or ""
    driver.execute_script("document.activeElement && document.activeElement.blur();"
                          "window.scrollTo(0, 0);")
    body = driver.find_element(By.TAG_NAME, "body")
    visited: list[str] = []
    groups_done: set[str] = set()
    typed: set[str] = set()
    focus = None
    for _ in range(max_tabs):
        (driver.switch_to.active_element if focus else body).send_keys(Keys.TAB)
        focus = active(driver)
        if focus["form"] is None or (focus["form"] != form_key and focus["form"]
                                     and not form_key.endswith(focus["form"])):
            continue
        element = driver.switch_to.active_element
        label = focus["name"] or focus["id"] or focus["tag"]
        visited.append(label)
        if focus["type"] == "radio" and focus["name"] not in groups_done:
            element.send_keys(Keys.SPACE)
            groups_done.add(focus["name"])
        elif focus["type"] == "checkbox" and not focus["checked"]:
            element.send_keys(Keys.SPACE)
        elif focus["tag"] == "select":
            element.send_keys(Keys.ARROW_DOWN)
        elif focus["tag"] == "textarea" or focus["type"] in (
            "text", "email", "password", "search", "tel", "url", "number", "time", "date", ""
        ) and focus["tag"] == "input":
            value = texts.get(focus["name"], "keyboard.tester@northbrook-hospitals.example"
                              if focus["type"] == "email" else "keyboard")
            if focus["name"] in typed:
                continue  # Tab moves through a date field's day, month and year
            typed.add(focus["name"])
            if focus["type"] == "date":
                # Chrome's date field takes the digits in the browser locale's order.
                year, month, day = value.split("-")
                order = driver.execute_script(
                    "return new Intl.DateTimeFormat().formatToParts(new Date(2027, 5, 15))"
                    ".map(p => p.type).filter(t => ['day', 'month', 'year'].includes(t));")
                parts = {"day": day, "month": month, "year": year}
                element.send_keys("".join(parts[part] for part in order))
            elif not focus["value"] or focus["name"] in texts:
                element.send_keys(Keys.CONTROL, "a")
                element.send_keys(value)
        elif focus["type"] == "submit" or (focus["tag"] == "button" and focus["type"] != "button"):
            element.send_keys(Keys.ENTER)
            return visited
    raise AssertionError(f"Tab never reached the submit button of {form_selector}; "
                         f"visited {visited}")


def wait_for_path(driver: WebDriver, suffix: str, seconds: float = 15) -> None:
    try:
        WebDriverWait(driver, seconds).until(
            lambda d: d.current_url.split("?")[0].endswith(suffix))
    except Exception:
        raise AssertionError(f"expected to reach …{suffix}, at {driver.current_url}") from None


def wait_until_replaced(driver: WebDriver, element, seconds: float = 15) -> None:
    """Waits until the page holding `element` has been replaced (after a submit). Chrome
    reports an element of the old page as stale, or, caught mid-navigation, as an inspector
    error that the node "does not belong to the document" (Selenium's `staleness_of` lets that
    one through and fails the test): both mean it is gone."""

    def gone(_) -> bool:
        try:
            element.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise

    WebDriverWait(driver, seconds).until(gone)


def has(driver: WebDriver, by: str, value: str) -> bool:
    try:
        driver.find_element(by, value)
        return True
    except NoSuchElementException:
        return False


def settle() -> None:
    time.sleep(0.1)
