import Foundation
import RoundsCore
import Testing

@testable import RoundsPacks

@Suite struct PackRendererTests {
    @Test func rendersSample() throws {
        let renderer = try PackRenderer(locator: sourceTreeLocator())
        let html = try renderer.renderHTML(try samplePack())
        let md = try renderer.renderMarkdown(try samplePack())
        try html.write(toFile: "/tmp/packs-sample.html", atomically: true, encoding: .utf8)
        try md.write(toFile: "/tmp/packs-sample.md", atomically: true, encoding: .utf8)
        #expect(html.contains("Taking the hat off"))
    }
}
