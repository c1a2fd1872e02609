import Foundation
import RoundsTestSupport
import Testing

/// A store that runs out of room in the middle of a command, made real rather than mocked: a
/// file-size limit that the operating system enforces, and a file system that is full.
extension ErrorCatalogueTests {
    /// A people spreadsheet far larger than the room left: 3,000 people, about 230 KB.
    func writeLargePeopleSheet() throws {
        let rows = (1...3000).map {
            "person\($0)@example.org,Person \($0) with a long name to fill pages,Nursing,Yes"
        }
        let text = "Email address,Full name,Staff group,Clinical\n" + rows.joined(separator: "\n")
        try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: path("people.csv")))
    }

    /// The size of a file in KiB, rounded up.
    func kibibytes(_ name: String) throws -> Int {
        let size = try FileManager.default.attributesOfItem(atPath: path(name))[.size]
        return ((size as? Int ?? 0) + 1023) / 1024
    }

    /// SQLite reports a write refused for the file-size limit (EFBIG) as an I/O error, not as
    /// a full disk, so the message is the general one that still points at the disk.
    @Test("A store that may not grow (ulimit -f): refused, nothing imported")
    func storeAtItsSizeLimit() throws {
        try writeLargePeopleSheet()
        let before = try snapshot()
        let limit = try kibibytes("rounds.sqlite") + 8
        try expectFailure(
            input: "store file", problem: "may not grow (`ulimit -f`, the size it has + 8 KiB)",
            arguments: ["import", "people.csv"], status: 1,
            message: "Error: Rounds could not update rounds.sqlite; nothing was changed. Try "
                + "again, and if it keeps failing, check the disk is not full.\n",
            fileSizeLimit: limit
        ) { try snapshot() == before && kibibytes("rounds.sqlite") <= limit }
    }

    /// Mounting needs root (or CAP_SYS_ADMIN); where it is refused the test does not run.
    static let canMountSmallFileSystem: Bool = {
        guard let probe = try? TemporaryFolder("rounds-mount-probe").url else { return false }
        defer { try? FileManager.default.removeItem(at: probe) }
        guard (try? launch("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.path])) == 0
        else { return false }
        return (try? launch("umount", [probe.path])) == 0
    }()

    @Test(
        "A full disk under the store (a 256 KiB file system): refused, nothing imported",
        .enabled(if: canMountSmallFileSystem, "mounting a file system needs root"))
    func storeOnAFullDisk() throws {
        try writeLargePeopleSheet()
        try FileManager.default.createDirectory(
            atPath: path("small"), withIntermediateDirectories: true)
        try #require(try tool("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", "small"]) == 0)
        defer { _ = try? tool("umount", ["small"]) }
        try FileManager.default.copyItem(
            atPath: path("rounds.sqlite"), toPath: path("small/rounds.sqlite"))
        let before = try snapshot("small/rounds.sqlite")
        try expectFailure(
            input: "store file", problem: "full disk (a 256 KiB file system)",
            arguments: ["import", "people.csv", "--store", "small/rounds.sqlite"], status: 1,
            message: "Error: Cannot write small/rounds.sqlite: the disk is full. Nothing was "
                + "changed; free some space and try again.\n"
        ) { try snapshot("small/rounds.sqlite") == before }
    }
}
