internal import Foundation
package import RoundsCore

/// Reflective prompts for theme cards: the defaults and the rule for choosing them.
package enum ReflectivePrompts {
    /// Fewest prompts a theme card shows.
    package static let minimum = 4
    /// Most prompts a theme card shows.
    package static let maximum = 6

    /// The default prompts of a format, used when neither theme nor excerpt has its own.
    ///
    /// They ask about experience and feeling, never about solutions, as the model asks.
    package static func defaults(for preset: FormatPreset) -> [String] {
        switch preset {
        case .teamTime:
            [
                "What stayed with you as you listened, and why might that be?",
                "When has something like this happened in our team, and how did it feel?",
                "What do we notice in each other on days like the ones we heard about?",
                "What helps this team carry moments like these, and what makes them heavier?",
                "What would you like colleagues in this room to know about your side of it?",
            ]
        case .uk, .us, .custom:
            [
                "What stayed with you as you listened, and why might that be?",
                "When have you felt something like this in your own work?",
                "What did the stories stir in you: thoughts, feelings, memories?",
                "What helps you carry moments like these, and what makes them harder?",
                "What would you want a colleague to understand about how this feels?",
            ]
        }
    }

    /// The prompts for a theme card, 4 to 6 of them.
    ///
    /// The theme's own prompts come first; without them, the excerpt's suggested prompts; without
    /// those, the format's defaults. A short list is topped up from the defaults and a long one
    /// cut at six, without repeats.
    package static func choose(theme: Theme?, excerpt: Excerpt?, preset: FormatPreset)
        -> [String]
    {
        let own = clean(theme?.prompts ?? [])
        let suggested = clean(excerpt?.suggestedPrompts ?? [])
        let base = !own.isEmpty ? own : !suggested.isEmpty ? suggested : defaults(for: preset)
        var chosen: [String] = []
        for prompt in base + defaults(for: preset) where !chosen.contains(prompt) {
            if chosen.count >= maximum { break }
            if chosen.count >= minimum, !base.contains(prompt) { break }
            chosen.append(prompt)
        }
        return chosen
    }

    private static func clean(_ prompts: [String]) -> [String] {
        prompts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
