import ArgumentParser
import Foundation
import RoundsCore
import RoundsOperations

/// `rounds venues`: rooms and video links.
struct VenuesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "venues",
        abstract: "Add, change, remove and list rooms and video links.",
        discussion: """
            A venue is identified by its slug, such as lecture-theatre or teams. New Rounds \
            use the programme's default venue.
            """,
        subcommands: [Add.self, Edit.self, Remove.self, List.self])

    struct Place: ParsableArguments {
        @Option(help: "Where the room is, such as \"Level 2, Education Centre\".")
        var room: String?

        @Option(help: "The joining link of a video call (https://...).")
        var videoLink: String?

        func validate() throws {
            if room != nil && videoLink != nil {
                throw ValidationError("Give --room or --video-link, not both.")
            }
            if let videoLink, let problem = Venue.videoLinkProblem(videoLink) {
                throw ValidationError(problem)
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a room or a video link.")

        @OptionGroup var store: StoreOptions

        @Option(help: "The venue's key, such as lecture-theatre.")
        var slug: String

        @Option(help: "The name people see, such as \"Education Centre Lecture Theatre\".")
        var name: String

        @OptionGroup var place: Place

        func validate() throws {
            if !Slug.isValid(slug) {
                throw ValidationError(
                    "\"\(slug)\" is not a valid slug. Use lower-case letters, digits and hyphens, "
                        + "such as \(Slug.make(from: slug).isEmpty ? "day-room" : Slug.make(from: slug))."
                )
            }
            if place.room == nil && place.videoLink == nil {
                throw ValidationError("Give --room for a room or --video-link for a video call.")
            }
        }

        func run() throws {
            let venue =
                if let link = place.videoLink {
                    Venue(slug: slug, name: name, kind: .video, videoLink: link)
                } else {
                    Venue(slug: slug, name: name, kind: .room, address: place.room)
                }
            try store.operations.addVenue(venue)
            say(["Added venue \(slug): \(venue.locationText)."])
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a venue, or make it the default.",
            discussion:
                "Giving --room turns a video link into a room, and --video-link the reverse.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The slug of the venue to change.")
        var slug: String

        @Option(help: "A new name.")
        var name: String?

        @OptionGroup var place: Place

        @Flag(name: .customLong("default"), help: "Make this the venue new Rounds use.")
        var makeDefault = false

        func validate() throws {
            if name == nil && place.room == nil && place.videoLink == nil && !makeDefault {
                throw ValidationError("Say what to change, for example --name or --default.")
            }
        }

        func run() throws {
            let venue = try store.operations.editVenue(
                slug, name: name, room: place.room, videoLink: place.videoLink,
                makeDefault: makeDefault)
            say(["Changed venue \(slug): \(venue.locationText)."])
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a venue that no Round uses and that is not the default.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The slug of the venue to remove.")
        var slug: String

        func run() throws {
            try store.operations.removeVenue(slug)
            say(["Removed venue \(slug)."])
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the venues.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            let data = try store.operations.snapshot()
            guard let programme = data.programme, !programme.venues.isEmpty else {
                say(["No venues yet. Add one with `rounds venues add`."])
                return
            }
            let defaultSlug = programme.defaultVenueRecord?.slug
            for venue in programme.venues {
                let mark = venue.slug == defaultSlug ? "  (default)" : ""
                say(["\(venue.slug)  \(venue.locationText)\(mark)"])
            }
        }
    }
}
