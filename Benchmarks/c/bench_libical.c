/*
 * The reference for `make bench`: libical called directly, doing the work Rounds does on the
 * benchmark calendar. `ics FILE N [OUT]` reads FILE into plain C structs (every field Rounds
 * reads), builds a new calendar from them with the same properties (one VTIMEZONE cloned from
 * libical's zone, truncated as Rounds does: the rules that ended before the first event dropped,
 * Outlook's form, no end) and serialises it; after one warm-up it prints the medians of N runs
 * and, with OUT, writes the last calendar it built to OUT (outside the timing) so that
 * `rounds-bench compare` can check it before it trusts the times. `read-once FILE` reads once,
 * for peak memory.
 *
 * For `make bench-instructions`, callgrind counts only inside counted_read and counted_write
 * (--toggle-collect), which run only after the warm-up pass: libical's zone list, the zone and
 * its expansion are loaded by then, as on Rounds' side (Sources/rounds-bench/IcsBench.swift).
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
    char *email, *name;
    icalparameter_role role;
    icalparameter_partstat partstat;
    icalparameter_rsvp rsvp;
    icalparameter_cutype cutype;
} attendee;

typedef struct {
    char *uid, *summary, *description, *location, *url;
    char *start_zone, *end_zone;
    struct icaltimetype stamp, start, end;
    int sequence;
    icalproperty_status status;
    icalproperty_class klass;
    char **categories;
    int ncategories;
    char *organizer, *organizer_name;
    attendee *attendees;
    int nattendees;
} event;

static char *copy(const char *text) { return text ? strdup(text) : NULL; }

static char *address(const char *value) {
    if (value && strncasecmp(value, "mailto:", 7) == 0) value += 7;
    return copy(value);
}

static char *tzid_of(icalproperty *p) {
    icalparameter *param = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    return param ? copy(icalparameter_get_tzid(param)) : NULL;
}

static char *read_file(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buffer = malloc((size_t)n + 1);
    if (fread(buffer, 1, (size_t)n, f) != (size_t)n) { perror(path); exit(1); }
    buffer[n] = 0;
    fclose(f);
    *size = (size_t)n;
    return buffer;
}

__attribute__((noinline)) static event *read_events(const char *path, int *count) {
    size_t size;
    char *text = read_file(path, &size);
    icalcomponent *root = icalparser_parse_string(text);
    free(text);
    if (!root) { fprintf(stderr, "unreadable\n"); exit(1); }
    int capacity = icalcomponent_count_components(root, ICAL_VEVENT_COMPONENT);
    event *events = calloc((size_t)capacity, sizeof(event));
    int n = 0;
    for (icalcomponent *c = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)) {
        event *e = &events[n++];
        int nattendees = icalcomponent_count_properties(c, ICAL_ATTENDEE_PROPERTY);
        int ncategories = icalcomponent_count_properties(c, ICAL_CATEGORIES_PROPERTY);
        e->attendees = calloc((size_t)nattendees + 1, sizeof(attendee));
        e->categories = calloc((size_t)ncategories + 1, sizeof(char *));
        for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_ANY_PROPERTY); p;
             p = icalcomponent_get_next_property(c, ICAL_ANY_PROPERTY)) {
            switch (icalproperty_isa(p)) {
            case ICAL_UID_PROPERTY: e->uid = copy(icalproperty_get_uid(p)); break;
            case ICAL_SEQUENCE_PROPERTY: e->sequence = icalproperty_get_sequence(p); break;
            case ICAL_DTSTAMP_PROPERTY: e->stamp = icalproperty_get_dtstamp(p); break;
            case ICAL_DTSTART_PROPERTY:
                e->start = icalproperty_get_dtstart(p);
                e->start_zone = tzid_of(p);
                break;
            case ICAL_DTEND_PROPERTY:
                e->end = icalproperty_get_dtend(p);
                e->end_zone = tzid_of(p);
                break;
            case ICAL_SUMMARY_PROPERTY: e->summary = copy(icalproperty_get_summary(p)); break;
            case ICAL_DESCRIPTION_PROPERTY:
                e->description = copy(icalproperty_get_description(p));
                break;
            case ICAL_LOCATION_PROPERTY: e->location = copy(icalproperty_get_location(p)); break;
            case ICAL_URL_PROPERTY: e->url = copy(icalproperty_get_url(p)); break;
            case ICAL_STATUS_PROPERTY: e->status = icalproperty_get_status(p); break;
            case ICAL_CLASS_PROPERTY: e->klass = icalproperty_get_class(p); break;
            case ICAL_CATEGORIES_PROPERTY:
                e->categories[e->ncategories++] = copy(icalproperty_get_categories(p));
                break;
            case ICAL_ORGANIZER_PROPERTY:
                e->organizer = address(icalproperty_get_organizer(p));
                {
                    icalparameter *cn = icalproperty_get_first_parameter(p, ICAL_CN_PARAMETER);
                    e->organizer_name = cn ? copy(icalparameter_get_cn(cn)) : NULL;
                }
                break;
            case ICAL_ATTENDEE_PROPERTY: {
                attendee *a = &e->attendees[e->nattendees++];
                a->email = address(icalproperty_get_attendee(p));
                icalparameter *cn = icalproperty_get_first_parameter(p, ICAL_CN_PARAMETER);
                a->name = cn ? copy(icalparameter_get_cn(cn)) : NULL;
                icalparameter *q;
                q = icalproperty_get_first_parameter(p, ICAL_ROLE_PARAMETER);
                a->role = q ? icalparameter_get_role(q) : ICAL_ROLE_REQPARTICIPANT;
                q = icalproperty_get_first_parameter(p, ICAL_PARTSTAT_PARAMETER);
                a->partstat = q ? icalparameter_get_partstat(q) : ICAL_PARTSTAT_NEEDSACTION;
                q = icalproperty_get_first_parameter(p, ICAL_RSVP_PARAMETER);
                a->rsvp = q ? icalparameter_get_rsvp(q) : ICAL_RSVP_FALSE;
                q = icalproperty_get_first_parameter(p, ICAL_CUTYPE_PARAMETER);
                a->cutype = q ? icalparameter_get_cutype(q) : ICAL_CUTYPE_INDIVIDUAL;
                break;
            }
            default: break;
            }
        }
    }
    icalcomponent_free(root);
    *count = n;
    return events;
}

static void free_events(event *events, int n) {
    for (int i = 0; i < n; i++) {
        event *e = &events[i];
        free(e->uid); free(e->summary); free(e->description); free(e->location); free(e->url);
        free(e->start_zone); free(e->end_zone); free(e->organizer); free(e->organizer_name);
        for (int j = 0; j < e->ncategories; j++) free(e->categories[j]);
        free(e->categories);
        for (int j = 0; j < e->nattendees; j++) {
            free(e->attendees[j].email);
            free(e->attendees[j].name);
        }
        free(e->attendees);
    }
    free(events);
}

static char *mailto(const char *email) {
    char *out = malloc(strlen(email) + 8);
    strcpy(out, "mailto:");
    strcat(out, email);
    return out;
}

static icalproperty *zoned(icalproperty *p, const char *zone) {
    if (zone) icalproperty_add_parameter(p, icalparameter_new_tzid(zone));
    return p;
}

__attribute__((noinline)) static char *write_events(const event *events, int n) {
    icalcomponent *root = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
    icalcomponent_add_property(root, icalproperty_new_prodid("-//Rounds//Benchmark//EN"));
    icalcomponent_add_property(root, icalproperty_new_version("2.0"));
    icalcomponent_add_property(root, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(root, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    icalcomponent_add_property(root, icalproperty_new_name("Benchmark"));
    icalproperty *legacy = icalproperty_new_x("Benchmark");
    icalproperty_set_x_name(legacy, "X-WR-CALNAME");
    icalcomponent_add_property(root, legacy);

    /* One VTIMEZONE, cloned from libical's, without the rules that ended before the first
       event (Outlook-compatible truncation, no end): what Rounds' writer does, with Rounds'
       start (the first event less a day, rounded down to midnight UTC). */
    icaltimezone *zone = icaltimezone_get_builtin_timezone("Europe/London");
    time_t first = 0;
    for (int i = 0; i < n; i++) {
        time_t s = icaltime_as_timet_with_zone(events[i].start, zone);
        time_t e = icaltime_as_timet_with_zone(events[i].end, zone);
        if (i == 0 || s < first) first = s;
        if (e < first) first = e;
    }
    first = (first - 86400) / 86400 * 86400;
    icalcomponent *vtz = icalcomponent_new_clone(icaltimezone_get_component(zone));
    icalcomponent_add_component(root, vtz);
    icaltimezone *utc = icaltimezone_get_utc_timezone();
    icaltimezone_truncate_vtimezone(vtz, icaltime_from_timet_with_zone(first, 0, utc),
                                    icaltime_null_time(), 1);
    icalproperty_set_tzid(icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY),
                          "Europe/London");

    for (int i = 0; i < n; i++) {
        const event *e = &events[i];
        icalcomponent *c = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_component(root, c);
        icalcomponent_add_property(c, icalproperty_new_uid(e->uid));
        struct icaltimetype stamp = e->stamp;
        stamp.zone = utc;
        icalcomponent_add_property(c, icalproperty_new_dtstamp(stamp));
        struct icaltimetype start = e->start, end = e->end;
        start.zone = end.zone = NULL;
        icalcomponent_add_property(c, zoned(icalproperty_new_dtstart(start), e->start_zone));
        icalcomponent_add_property(c, zoned(icalproperty_new_dtend(end), e->end_zone));
        icalcomponent_add_property(c, icalproperty_new_sequence(e->sequence));
        icalcomponent_add_property(c, icalproperty_new_status(e->status));
        icalcomponent_add_property(c, icalproperty_new_class(e->klass));
        if (e->summary) icalcomponent_add_property(c, icalproperty_new_summary(e->summary));
        if (e->description)
            icalcomponent_add_property(c, icalproperty_new_description(e->description));
        if (e->location) icalcomponent_add_property(c, icalproperty_new_location(e->location));
        if (e->url) icalcomponent_add_property(c, icalproperty_new_url(e->url));
        if (e->ncategories) {
            size_t length = 1;
            for (int j = 0; j < e->ncategories; j++) length += strlen(e->categories[j]) + 1;
            char *joined = calloc(length, 1);
            for (int j = 0; j < e->ncategories; j++) {
                if (j) strcat(joined, ",");
                strcat(joined, e->categories[j]);
            }
            icalcomponent_add_property(c, icalproperty_new_categories(joined));
            free(joined);
        }
        if (e->organizer) {
            char *value = mailto(e->organizer);
            icalproperty *p = icalproperty_new_organizer(value);
            free(value);
            if (e->organizer_name) icalproperty_add_parameter(p, icalparameter_new_cn(e->organizer_name));
            icalcomponent_add_property(c, p);
        }
        for (int j = 0; j < e->nattendees; j++) {
            const attendee *a = &e->attendees[j];
            char *value = mailto(a->email);
            icalproperty *p = icalproperty_new_attendee(value);
            free(value);
            if (a->name) icalproperty_add_parameter(p, icalparameter_new_cn(a->name));
            icalproperty_add_parameter(p, icalparameter_new_role(a->role));
            icalproperty_add_parameter(p, icalparameter_new_partstat(a->partstat));
            icalproperty_add_parameter(p, icalparameter_new_rsvp(a->rsvp));
            icalproperty_add_parameter(p, icalparameter_new_cutype(a->cutype));
            icalcomponent_add_property(c, p);
        }
    }
    char *text = icalcomponent_as_ical_string_r(root);
    icalcomponent_free(root);
    return text;
}

static double clock_seconds(clockid_t id) {
    struct timespec t;
    clock_gettime(id, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}
static double now(void) { return clock_seconds(CLOCK_MONOTONIC); }
static double cpu(void) { return clock_seconds(CLOCK_PROCESS_CPUTIME_ID); }

static int compare_doubles(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *values, int n) {
    if (n <= 0) return 0.0; /* no measured run (ITERATIONS 0): nothing to take a median of */
    qsort(values, (size_t)n, sizeof(double), compare_doubles);
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* The measured passes, by name, for callgrind's --toggle-collect (the warm-up pass calls
   read_events and write_events directly, so it is not counted). */
__attribute__((noinline)) static event *counted_read(const char *path, int *count) {
    return read_events(path, count);
}
__attribute__((noinline)) static char *counted_write(const event *events, int n) {
    return write_events(events, n);
}

static void write_text(const char *path, const char *text) {
    FILE *f = fopen(path, "wb");
    if (!f || fputs(text, f) == EOF || fclose(f) != 0) { perror(path); exit(1); }
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "read-once") == 0) {
        int n;
        event *events = read_events(argv[2], &n);
        printf("events=%d\n", n);
        free_events(events, n);
        return 0;
    }
    if ((argc != 4 && argc != 5) || strcmp(argv[1], "ics") != 0 || atoi(argv[3]) < 0) {
        fprintf(stderr, "usage: %s ics FILE ITERATIONS [OUT] | read-once FILE\n", argv[0]);
        return 2;
    }
    const char *out = argc == 5 ? argv[4] : NULL;
    int iterations = atoi(argv[3]);
    double *reads = calloc((size_t)iterations + 1, sizeof(double));
    double *writes = calloc((size_t)iterations + 1, sizeof(double));
    double *read_cpu = calloc((size_t)iterations + 1, sizeof(double));
    double *write_cpu = calloc((size_t)iterations + 1, sizeof(double));
    int n = 0;
    size_t bytes = 0;
    /* Round 0 is the warm-up: it loads libical's zone list, the zone and its expansion. */
    for (int round = 0; round <= iterations; round++) {
        double t0 = now(), c0 = cpu();
        event *events = round ? counted_read(argv[2], &n) : read_events(argv[2], &n);
        double t1 = now(), c1 = cpu();
        char *text = round ? counted_write(events, n) : write_events(events, n);
        double t2 = now(), c2 = cpu();
        bytes = strlen(text);
        if (out && round == iterations) write_text(out, text);
        free(text);
        free_events(events, n);
        if (round > 0) {
            reads[round - 1] = t1 - t0;
            writes[round - 1] = t2 - t1;
            read_cpu[round - 1] = c1 - c0;
            write_cpu[round - 1] = c2 - c1;
        }
    }
    printf("read=%.6f write=%.6f read_cpu=%.6f write_cpu=%.6f events=%d bytes=%zu\n",
           median(reads, iterations), median(writes, iterations), median(read_cpu, iterations),
           median(write_cpu, iterations), n, bytes);
    free(reads);
    free(writes);
    free(read_cpu);
    free(write_cpu);
    return 0;
}
