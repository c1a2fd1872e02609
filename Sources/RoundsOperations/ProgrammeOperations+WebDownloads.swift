package import Foundation
import RoundsCore
package import RoundsPacks

extension ProgrammeOperations {
    /// The facilitator pack of the Round `reference` in `format`, as `pack` writes it: its
    /// file name and bytes. Rendered into a temporary folder that is removed afterwards.
    package func packFile(_ reference: String, format: PackFormat) throws -> (String, Data) {
        try withTemporaryFolder { folder in
            _ = try writePacks([reference], formats: [format], to: folder.path, templates: nil)
            return try Self.onlyFile(in: folder, withExtension: format.fileExtension)
        }
    }

    /// The invitation file `name` (such as `R-0007.ics`, `R-0007-prep.eml`) as `export
    /// invites --mail` writes it now, recording what it issued as the command does; nil when
    /// the export has no file of that name.
    package func invitationFile(_ name: String, now: Date) throws -> Data? {
        try withTemporaryFolder { folder in
            _ = try exportInvitations(to: folder.path, mail: true, now: now)
            return FileManager.default.contents(
                atPath: folder.appendingPathComponent(name, isDirectory: false).path)
        }
    }

    private func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("rounds-web-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    private static func onlyFile(in folder: URL, withExtension ext: String) throws
        -> (String, Data)
    {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix("." + ext) }.sorted()
        guard let name = names.first,
            let data = FileManager.default.contents(
                atPath: folder.appendingPathComponent(name).path)
        else { throw OperationFailure("No .\(ext) file was written.") }
        return (name, data)
    }
}
