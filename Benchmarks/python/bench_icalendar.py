"""The Python reference for `make bench`: icalendar doing the work Rounds does.

`ics FILE N [OUT]` reads FILE into plain dicts (every field Rounds reads), builds a new calendar
from them with the same properties (the VTIMEZONE copied from the file) and serialises it; after
one warm-up it prints the medians of N runs (N is `make bench`'s BENCH_ITERATIONS) and, with OUT,
writes the last calendar it built there for `rounds-bench compare` to check. `read-once FILE`
reads once, for peak memory.
"""

import statistics
import sys
import time

from icalendar import Calendar, Event, vCalAddress


def address(value):
    text = str(value)
    return text[7:] if text.lower().startswith("mailto:") else text


def read_events(path):
    with open(path, "rb") as handle:
        calendar = Calendar.from_ical(handle.read())
    events = []
    zones = [component for component in calendar.walk("VTIMEZONE")]
    for component in calendar.walk("VEVENT"):
        start = component.get("DTSTART")
        end = component.get("DTEND")
        organizer = component.get("ORGANIZER")
        attendees = component.get("ATTENDEE", [])
        if not isinstance(attendees, list):
            attendees = [attendees]
        categories = component.get("CATEGORIES")
        if categories is not None and not isinstance(categories, list):
            categories = [categories]
        events.append(
            {
                "uid": str(component.get("UID")),
                "sequence": int(component.get("SEQUENCE", 0)),
                "stamp": component.get("DTSTAMP").dt,
                "start": start.dt,
                "start_zone": start.params.get("TZID"),
                "end": end.dt,
                "end_zone": end.params.get("TZID"),
                "summary": str(component.get("SUMMARY")),
                "description": str(component.get("DESCRIPTION")),
                "location": str(component.get("LOCATION")),
                "url": str(component.get("URL")),
                "status": str(component.get("STATUS")),
                "class": str(component.get("CLASS")),
                "categories": [str(c) for group in categories or [] for c in group.cats],
                "organizer": address(organizer),
                "organizer_name": organizer.params.get("CN"),
                "attendees": [
                    {
                        "email": address(a),
                        "name": a.params.get("CN"),
                        "role": a.params.get("ROLE"),
                        "partstat": a.params.get("PARTSTAT"),
                        "rsvp": a.params.get("RSVP") == "TRUE",
                        "cutype": a.params.get("CUTYPE"),
                    }
                    for a in attendees
                ],
            }
        )
    return zones, events


def write_events(zones, events):
    calendar = Calendar()
    calendar.add("prodid", "-//Rounds//Benchmark//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", "Benchmark")
    calendar.add("x-wr-calname", "Benchmark")
    for zone in zones:
        calendar.add_component(zone)
    for e in events:
        event = Event()
        event.add("uid", e["uid"])
        event.add("dtstamp", e["stamp"])
        event.add("dtstart", e["start"])
        event.add("dtend", e["end"])
        event.add("sequence", e["sequence"])
        event.add("status", e["status"])
        event.add("class", e["class"])
        event.add("summary", e["summary"])
        event.add("description", e["description"])
        event.add("location", e["location"])
        event.add("url", e["url"])
        event.add("categories", e["categories"])
        organizer = vCalAddress("mailto:" + e["organizer"])
        organizer.params["CN"] = e["organizer_name"]
        event.add("organizer", organizer)
        for a in e["attendees"]:
            attendee = vCalAddress("mailto:" + a["email"])
            attendee.params["CN"] = a["name"]
            attendee.params["ROLE"] = a["role"]
            attendee.params["PARTSTAT"] = a["partstat"]
            attendee.params["RSVP"] = "TRUE" if a["rsvp"] else "FALSE"
            attendee.params["CUTYPE"] = a["cutype"]
            event.add("attendee", attendee, encode=0)
        calendar.add_component(event)
    return calendar.to_ical()


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "read-once":
        print(f"events={len(read_events(sys.argv[2])[1])}")
        return
    if len(sys.argv) not in (4, 5) or sys.argv[1] != "ics" or int(sys.argv[3]) < 0:
        sys.exit("usage: bench_icalendar.py ics FILE ITERATIONS [OUT] | read-once FILE")
    path, iterations = sys.argv[2], int(sys.argv[3])
    out = sys.argv[4] if len(sys.argv) == 5 else None
    reads, writes, read_cpu, write_cpu = [], [], [], []
    for round_ in range(iterations + 1):
        t0, c0 = time.perf_counter(), time.process_time()
        zones, events = read_events(path)
        t1, c1 = time.perf_counter(), time.process_time()
        text = write_events(zones, events)
        t2, c2 = time.perf_counter(), time.process_time()
        if round_ > 0:
            reads.append(t1 - t0)
            writes.append(t2 - t1)
            read_cpu.append(c1 - c0)
            write_cpu.append(c2 - c1)
        if out and round_ == iterations:
            with open(out, "wb") as handle:
                handle.write(text)

    def median(values):
        return statistics.median(values) if values else 0.0

    print(
        f"read={median(reads):.6f} write={median(writes):.6f} "
        f"read_cpu={median(read_cpu):.6f} write_cpu={median(write_cpu):.6f} "
        f"events={len(events)} bytes={len(text)}"
    )


if __name__ == "__main__":
    main()
