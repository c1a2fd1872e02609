import GRDB

/// The store's tables, built by named migrations that run once each, in order.
enum Schema {
    static let firstMigration = "v1-programme"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(firstMigration) { db in try createProgramme(db) }
        migrator.registerMigration("v2-issued-invitations") { db in
            // One row per calendar UID ever issued, so updates carry a higher SEQUENCE and
            // unchanged re-exports reuse the same DTSTAMP.
            try db.execute(
                sql: """
                    CREATE TABLE issued_invitation (
                        uid TEXT PRIMARY KEY NOT NULL,
                        sequence INTEGER NOT NULL CHECK (sequence >= 0),
                        content_hash TEXT NOT NULL,
                        stamp TEXT NOT NULL,
                        method TEXT NOT NULL,
                        attendees TEXT NOT NULL DEFAULT ''
                    ) STRICT
                    """)
        }
        migrator.registerMigration("v3-imported-holidays") { db in
            // Bank holidays from the government's published files; a nation's imported years
            // replace the computed ones, so the years are kept with the days.
            try db.execute(
                sql: """
                    CREATE TABLE imported_holiday (
                        nation TEXT NOT NULL,
                        date TEXT NOT NULL,
                        name TEXT NOT NULL,
                        PRIMARY KEY (nation, date)
                    ) STRICT
                    """)
        }
        migrator.registerMigration("v3-busy-times") { db in
            // Busy times from people's imported calendars, as wall-clock times in the
            // programme's zone; one import replaces that person's rows. No foreign key:
            // saving the programme rewrites the person table, which would cascade here;
            // rows of people no longer listed are left out when read.
            try db.execute(
                sql: """
                    CREATE TABLE busy_time (
                        email TEXT NOT NULL COLLATE NOCASE,
                        start TEXT NOT NULL,
                        end TEXT NOT NULL,
                        PRIMARY KEY (email, start, end)
                    ) STRICT
                    """)
        }
        migrator.registerMigration("v4-holiday-regions") { db in
            // Holidays belong to a region (GB-EAW ... US, or an imported name), not only to a
            // UK nation: the column is renamed and the nations' names become their codes, and
            // the programme's `nation` setting becomes `holidays`.
            try db.execute(
                sql: """
                    ALTER TABLE imported_holiday RENAME COLUMN nation TO region;
                    UPDATE imported_holiday SET region = CASE region
                        WHEN 'england-and-wales' THEN 'GB-EAW'
                        WHEN 'scotland' THEN 'GB-SCT'
                        WHEN 'northern-ireland' THEN 'GB-NIR'
                        ELSE region END;
                    UPDATE programme SET settings = json_set(
                        json_remove(settings, '$.nation'), '$.holidays',
                        CASE json_extract(settings, '$.nation')
                            WHEN 'england-and-wales' THEN 'GB-EAW'
                            WHEN 'scotland' THEN 'GB-SCT'
                            WHEN 'northern-ireland' THEN 'GB-NIR'
                            ELSE json_extract(settings, '$.nation') END)
                    WHERE json_extract(settings, '$.nation') IS NOT NULL;
                    """)
        }
        migrator.registerMigration("v4-round-records") { db in try RoundRecordTables.create(db) }
        migrator.registerMigration("v5-web") { db in try WebTables.create(db) }
        migrator.registerMigration("v6-panel-names") { db in
            // A panellist who agreed may be named on the Round's public web page (`show_name`
            // in the programme file); everyone already stored stays unnamed.
            try db.execute(
                sql: """
                    ALTER TABLE panellist ADD COLUMN show_name INTEGER NOT NULL DEFAULT 0
                        CHECK (show_name IN (0, 1))
                    """)
        }
        return migrator
    }

    private static func createProgramme(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE programme (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    settings TEXT NOT NULL
                ) STRICT;
                CREATE TABLE blackout (
                    position INTEGER PRIMARY KEY,
                    start_date TEXT NOT NULL,
                    end_date TEXT NOT NULL,
                    reason TEXT NOT NULL
                ) STRICT;
                CREATE TABLE venue (
                    slug TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('room', 'video')),
                    address TEXT,
                    video_link TEXT
                ) STRICT;
                CREATE TABLE person (
                    email TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
                    name TEXT NOT NULL,
                    staff_group TEXT NOT NULL,
                    clinical INTEGER NOT NULL CHECK (clinical IN (0, 1)),
                    seniority TEXT
                ) STRICT;
                CREATE TABLE person_role (
                    email TEXT NOT NULL REFERENCES person(email)
                        ON DELETE CASCADE ON UPDATE CASCADE,
                    role TEXT NOT NULL,
                    PRIMARY KEY (email, role)
                ) STRICT;
                CREATE TABLE facilitator (
                    email TEXT PRIMARY KEY NOT NULL REFERENCES person(email)
                        ON DELETE CASCADE ON UPDATE CASCADE,
                    training TEXT NOT NULL,
                    trained_on TEXT
                ) STRICT;
                CREATE TABLE leave (
                    email TEXT NOT NULL REFERENCES person(email)
                        ON DELETE CASCADE ON UPDATE CASCADE,
                    start_date TEXT NOT NULL,
                    end_date TEXT NOT NULL,
                    note TEXT,
                    PRIMARY KEY (email, start_date, end_date)
                ) STRICT;
                CREATE TABLE theme (
                    slug TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL,
                    description TEXT,
                    prompts TEXT NOT NULL DEFAULT '[]',
                    last_used TEXT
                ) STRICT;
                CREATE TABLE excerpt (
                    id TEXT PRIMARY KEY NOT NULL,
                    quotation TEXT NOT NULL,
                    citation TEXT NOT NULL,
                    url TEXT,
                    note TEXT,
                    suggested_prompts TEXT NOT NULL DEFAULT '[]'
                ) STRICT;
                CREATE TABLE theme_excerpt (
                    theme_slug TEXT NOT NULL REFERENCES theme(slug) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    excerpt_id TEXT NOT NULL REFERENCES excerpt(id),
                    PRIMARY KEY (theme_slug, position)
                ) STRICT;
                CREATE TABLE round (
                    id TEXT PRIMARY KEY NOT NULL,
                    start TEXT NOT NULL,
                    "end" TEXT NOT NULL,
                    venue_slug TEXT REFERENCES venue(slug) ON UPDATE CASCADE,
                    theme_slug TEXT REFERENCES theme(slug) ON UPDATE CASCADE,
                    status TEXT NOT NULL,
                    locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
                    date_pinned INTEGER NOT NULL DEFAULT 0 CHECK (date_pinned IN (0, 1)),
                    facilitators_pinned INTEGER NOT NULL DEFAULT 0
                        CHECK (facilitators_pinned IN (0, 1)),
                    prep_start TEXT,
                    prep_end TEXT
                ) STRICT;
                CREATE TABLE round_facilitator (
                    round_id TEXT NOT NULL REFERENCES round(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    email TEXT NOT NULL REFERENCES person(email) ON UPDATE CASCADE,
                    PRIMARY KEY (round_id, position)
                ) STRICT;
                CREATE TABLE panellist (
                    round_id TEXT NOT NULL REFERENCES round(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    email TEXT NOT NULL REFERENCES person(email) ON UPDATE CASCADE,
                    story_title TEXT,
                    private_notes TEXT,
                    PRIMARY KEY (round_id, position)
                ) STRICT;
                CREATE TABLE round_counter (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    last_issued INTEGER NOT NULL
                ) STRICT;
                INSERT INTO round_counter (id, last_issued) VALUES (1, 0);
                """)
    }
}
