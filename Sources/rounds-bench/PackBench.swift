import Foundation
import RoundsCore
import RoundsPacks
import RoundsScheduling

/// Writing every pack of the ten-year plan, with themes as a programme really has them: each
/// theme with five prompts of its own and two excerpts (a quotation of about 150 words, its
/// citation, a link, a note for the facilitators and three suggested prompts), so that every
/// pack renders an excerpt block, a citation and a prompt list.
enum PackBench {
    static let sentence =
        "She held my hand on the last night of her life and asked me whether I was frightened too,"
        + " and I did not know what to say, so I stayed, and we listened to the rain together."

    /// Two excerpts per theme, with ids `theme-N-a` and `theme-N-b`.
    static func excerpts(for themes: [Theme]) -> [Excerpt] {
        themes.flatMap { theme in
            ["a", "b"].map { suffix in
                Excerpt(
                    id: "\(theme.slug)-\(suffix)",
                    quotation: Array(repeating: sentence, count: 4).joined(separator: " "),
                    citation:
                        "A. Writer, \"\(theme.title)\", Journal of Compassionate Care 12 (2026),"
                        + " pp. 14-19",
                    url: "https://example.org/articles/\(theme.slug)-\(suffix)",
                    note: "Read slowly; leave a pause after the last sentence before the first"
                        + " panellist speaks.",
                    suggestedPrompts: [
                        "What stayed with you from this passage?",
                        "When have you stayed with someone without knowing what to say?",
                        "What does it cost us to stay, and what does it give us?",
                    ])
            }
        }
    }

    /// The plan's themes with five prompts of their own and their two excerpts.
    static func themes(_ themes: [Theme]) -> [Theme] {
        themes.map { theme in
            var rich = theme
            rich.prompts = [
                "What did you notice in yourself as you listened?",
                "What stayed with you, and why might that be?",
                "When have you felt something like this at work?",
                "What helps you carry days like the ones we heard about?",
                "What would you want a colleague to understand about this?",
            ]
            rich.excerptIDs = ["\(theme.slug)-a", "\(theme.slug)-b"]
            return rich
        }
    }

    /// The median seconds to write every pack (HTML and Markdown) of the ten-year plan.
    static func timePacks(iterations: Int, directory: URL) throws -> (
        time: Timing.Sample, files: Int
    ) {
        let (programme, people, planThemes, result) = try PlanBench.plan()
        let themes = themes(planThemes)
        let inputs = PackInput.inputs(
            programme: programme, rounds: result.rounds, people: people, themes: themes,
            excerpts: excerpts(for: themes))
        guard inputs.allSatisfy({ $0.excerpt != nil && $0.theme != nil }) else {
            throw BenchError("a pack in the benchmark has no theme or no excerpt")
        }
        var times: [Timing.Sample] = []
        var files = 0
        for round in 0...iterations {
            let seconds = try Timing.measure {
                // Templates are read once per run, as `rounds pack` does.
                let renderer = try PackRenderer(formats: [.html, .markdown])
                files = 0
                for input in inputs {
                    files += try renderer.write(
                        input, formats: [.html, .markdown], to: directory
                    ).count
                }
            }
            if round > 0 { times.append(seconds) }
        }
        return (Timing.medians(times), files)
    }
}
