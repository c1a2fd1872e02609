// For `make judges-icaljs` (docs/testing.md): prints, for every DTSTART, DTEND, RECURRENCE-ID,
// RDATE and EXDATE with a TZID in each file, the UTC instant ical.js (Thunderbird's calendar
// library, path in $ICALJS) computes with the file's own VTIMEZONE: one JSON line per value.
import { readFileSync } from "node:fs";
const ICAL = (await import(process.env.ICALJS)).default;
for (const path of process.argv.slice(2)) {
  const root = new ICAL.Component(ICAL.parse(readFileSync(path, "utf8")));
  const zones = {};
  for (const vtz of root.getAllSubcomponents("vtimezone")) {
    const zone = new ICAL.Timezone(vtz);
    zones[zone.tzid] = zone;
  }
  for (const event of root.getAllSubcomponents("vevent")) {
    for (const name of ["dtstart", "dtend", "recurrence-id", "rdate", "exdate"]) {
      for (const prop of event.getAllProperties(name)) {
        const tzid = prop.getParameter("tzid");
        if (!tzid || !zones[tzid]) continue;
        for (const time of prop.getValues()) {
          if (!(time instanceof ICAL.Time) || time.isDate) continue;
          const local = time.toString();
          time.zone = zones[tzid];
          const utc = time.convertToZone(ICAL.Timezone.utcTimezone).toString();
          const uid = event.getFirstPropertyValue("uid");
          console.log(JSON.stringify({ file: path, uid, property: name.toUpperCase(), tzid, local, utc }));
        }
      }
    }
  }
}
