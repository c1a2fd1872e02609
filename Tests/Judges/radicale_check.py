"""Judge: a real CalDAV server (Radicale, started here on 127.0.0.1) stores every event.

One calendar collection; one resource per UID holding all VEVENTs of that UID from one file
(an override with RECURRENCE-ID belongs with its master, RFC 4791 4.1) plus the VTIMEZONEs they
use. The versions of a UID are PUT in ascending SEQUENCE: the first PUT must answer 201 Created,
every later one (an update or a cancellation) 204 No Content, and a final GET must give back the
highest SEQUENCE, and STATUS:CANCELLED when the last version was a cancellation.

METHOD is removed before a PUT: RFC 4791 4.1 says calendar object resources MUST NOT carry it
(it belongs to iTIP messages, RFC 5546, not to stored calendar data). We remove it whether or
not the server would object, as a correct CalDAV client does; Radicale 3.9.0 in fact accepts a
PUT with METHOD (checked by test_judge.py::test_radicale_accepts_method_but_we_strip_it).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import http.client
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import icalendar

from ics_checks import IcsFile, sequence_of, tzids_used
from report import Report

USER = "judge"
COLLECTION = f"/{USER}/rounds/"
START_TIMEOUT = 30.0
REQUEST_TIMEOUT = 30.0
MKCALENDAR_BODY = b"""<?xml version="1.0" encoding="utf-8"?>
<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:set>
    <D:prop>
      <D:displayname>Rounds judges</D:displayname>
      <C:supported-calendar-component-set>
        <C:comp name="VEVENT"/>
      </C:supported-calendar-component-set>
    </D:prop>
  </D:set>
</C:mkcalendar>
"""


class RadicaleError(Exception):
    """Radicale did not start or stop as it should."""


def free_port() -> int:
    """A port the kernel just handed out on 127.0.0.1 (another process could take it before
    Radicale binds; Radicale then exits at once and we say so)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RadicaleServer:
    """A throwaway Radicale: temporary storage, no authentication (any user name is accepted),
    127.0.0.1 only, stopped (and killed if need be) when the `with` block ends, even on error."""

    def __init__(self, python: str = sys.executable, timeout: float = START_TIMEOUT) -> None:
        self.python = python
        self.timeout = timeout
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self._folder: tempfile.TemporaryDirectory[str] | None = None

    def __enter__(self) -> RadicaleServer:
        self._folder = tempfile.TemporaryDirectory(prefix="rounds-radicale-")
        try:
            self._start(Path(self._folder.name))
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _start(self, folder: Path) -> None:
        self.port = free_port()
        config = folder / "config"
        # Our own config file replaces /etc/radicale/config and ~/.config/radicale/config.
        config.write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{self.port}\n"
            "[auth]\ntype = none\n"
            "[rights]\ntype = owner_only\n"
            f"[storage]\nfilesystem_folder = {folder / 'collections'}\n"
            "[web]\ntype = none\n"
            "[logging]\nlevel = warning\n",
            encoding="utf-8",
        )
        self.log_path = folder / "radicale.log"
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                [self.python, "-m", "radicale", "--config", str(config)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + self.timeout
        while True:
            code = self.process.poll()
            if code is not None:
                raise RadicaleError(
                    f"Radicale exited with code {code} while starting:\n{self.log_tail()}"
                )
            with contextlib.suppress(OSError):
                status, _, _ = self.request("OPTIONS", "/", timeout=1.0)
                if status < 500:
                    return
            if time.monotonic() > deadline:
                raise RadicaleError(
                    f"Radicale did not answer on 127.0.0.1:{self.port}"
                    f" within {self.timeout:.0f} s:\n{self.log_tail()}"
                )
            time.sleep(0.1)

    def log_tail(self, lines: int = 20) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:]) or "(empty log)"

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        timeout: float = REQUEST_TIMEOUT,
    ) -> tuple[int, dict[str, str], bytes]:
        token = base64.b64encode(f"{USER}:{USER}".encode()).decode()
        all_headers = {"Authorization": f"Basic {token}", **(headers or {})}
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers=all_headers)
            response = connection.getresponse()
            return (
                response.status,
                {k.lower(): v for k, v in response.getheaders()},
                response.read(),
            )
        finally:
            connection.close()

    def __exit__(self, *exc_info: object) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None


@dataclass
class Version:
    """All VEVENTs of one UID in one file: what one PUT stores."""

    uid: str
    source: IcsFile
    events: list[icalendar.Event]

    @property
    def master(self) -> icalendar.Event:
        plain = [event for event in self.events if "RECURRENCE-ID" not in event]
        return (plain or self.events)[0]

    @property
    def sequence(self) -> int:
        return max(sequence_of(event) for event in self.events)

    @property
    def cancelled(self) -> bool:
        return str(self.master.get("STATUS", "")).upper() == "CANCELLED"

    def resource(self) -> bytes:
        """The version as a CalDAV calendar object resource: no METHOD (RFC 4791 4.1)."""
        calendar = self.source.calendar
        assert calendar is not None
        stored = icalendar.Calendar()
        stored.add("version", "2.0")
        stored.add("prodid", str(calendar.get("PRODID", "-//Rounds judges//EN")))
        holder = icalendar.Calendar()
        for event in self.events:
            holder.add_component(event)
        used = set(tzids_used(holder))
        for zone in calendar.walk("VTIMEZONE"):
            if str(zone.get("TZID")) in used:
                stored.add_component(zone)
        for event in self.events:
            stored.add_component(event)
        return stored.to_ical()


def versions_by_uid(files: list[IcsFile]) -> dict[str, list[Version]]:
    """Each UID's versions in the order they are PUT: ascending SEQUENCE, then file name."""
    grouped: dict[str, list[Version]] = defaultdict(list)
    for ics in files:
        # An uninvite is a message to the removed attendees, not a state of the organizer's
        # calendar, so it is not stored.
        if ics.calendar is None or ics.is_uninvite:
            continue
        per_uid: dict[str, list[icalendar.Event]] = defaultdict(list)
        for event in ics.events():
            if "UID" in event:
                per_uid[str(event["UID"])].append(event)
        for uid, events in per_uid.items():
            grouped[uid].append(Version(uid, ics, events))
    for versions in grouped.values():
        versions.sort(key=lambda version: (version.sequence, version.source.name))
    return dict(sorted(grouped.items()))


def href_for(uid: str) -> str:
    # A UID may hold '/', '@' or spaces; a digest makes a safe, stable resource name.
    return COLLECTION + hashlib.sha256(uid.encode("utf-8")).hexdigest()[:32] + ".ics"


def check_radicale(report: Report, files: list[IcsFile], python: str = sys.executable) -> None:
    report.group("radicale", "Radicale stores one resource per UID: 201, then 204, GET = last")
    by_uid = versions_by_uid(files)
    if not by_uid:
        report.fail("radicale", "no readable VEVENT to store")
        return
    try:
        with RadicaleServer(python) as server:
            report.passed("radicale")  # the server started and answered
            report.note("radicale", f"Radicale answered on 127.0.0.1:{server.port}")
            status, _, body = server.request(
                "MKCALENDAR",
                COLLECTION,
                MKCALENDAR_BODY,
                {"Content-Type": "application/xml; charset=utf-8"},
            )
            if not report.check(
                "radicale",
                f"MKCALENDAR {COLLECTION}",
                [] if status == 201 else [f"answered {status}, not 201: {body[:300]!r}"],
            ):
                return
            for uid, versions in by_uid.items():
                try:
                    _judge_uid(report, server, uid, versions)
                except (OSError, http.client.HTTPException) as error:
                    report.fail(
                        "radicale",
                        f"UID {uid}: talking to Radicale failed: {error!r}\n{server.log_tail()}",
                    )
    except RadicaleError as error:
        report.fail("radicale", str(error))


def _judge_uid(report: Report, server: RadicaleServer, uid: str, versions: list[Version]) -> None:
    href = href_for(uid)
    etag = None
    for index, version in enumerate(versions):
        expected = 201 if index == 0 else 204
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        # Behave like a careful client: create only if absent, replace only what we last saw.
        if index == 0:
            headers["If-None-Match"] = "*"
        elif etag:
            headers["If-Match"] = etag
        status, answer_headers, body = server.request("PUT", href, version.resource(), headers)
        kind = "new" if index == 0 else ("cancellation" if version.cancelled else "update")
        subject = f"PUT UID {uid} from {version.source.name} (SEQUENCE {version.sequence}, {kind})"
        problems = (
            []
            if status == expected
            else [f"answered {status}, not {expected}: {body[:300].decode('utf-8', 'replace')}"]
        )
        report.check("radicale", subject, problems)
        etag = answer_headers.get("etag", etag)
    last = versions[-1]
    status, _, body = server.request("GET", href)
    problems = []
    if status != 200:
        problems.append(f"GET answered {status}, not 200")
    else:
        try:
            stored = icalendar.Calendar.from_ical(body)
            events = [event for event in stored.walk("VEVENT") if str(event.get("UID")) == uid]
            master = [event for event in events if "RECURRENCE-ID" not in event] or events
            if not master:
                problems.append("GET returned no VEVENT with this UID")
            else:
                got = max(sequence_of(event) for event in events)
                if got != last.sequence:
                    problems.append(
                        f"GET returned SEQUENCE {got}, not the highest, {last.sequence}"
                    )
                status_text = str(master[0].get("STATUS", "")).upper()
                if last.cancelled and status_text != "CANCELLED":
                    problems.append(f"GET returned STATUS {status_text or '(none)'}, not CANCELLED")
                if not last.cancelled and status_text == "CANCELLED":
                    problems.append("GET returned STATUS CANCELLED, but the last version was not")
                if "DTSTART" in master[0] and "DTSTART" in last.master:
                    if master[0]["DTSTART"].dt != last.master["DTSTART"].dt:
                        problems.append(
                            f"GET returned DTSTART {master[0]['DTSTART'].to_ical().decode()},"
                            f" the last version has {last.master['DTSTART'].to_ical().decode()}"
                        )
                if len(events) != len(last.events):
                    problems.append(
                        f"GET returned {len(events)} VEVENT(s),"
                        f" the last version has {len(last.events)}"
                    )
        except ValueError as error:
            problems.append(f"icalendar could not read what GET returned: {error}")
    report.check(
        "radicale",
        f"GET UID {uid} after {len(versions)} PUT(s)",
        problems,
    )
