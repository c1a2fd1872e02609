import ArgumentParser
import Foundation
import RoundsCore

// Core values are parsed with `transform:` closures rather than ExpressibleByArgument
// conformances, so RoundsCore types gain no public conformance from the executable.

/// Parses an email address typed on the command line.
func emailArgument(_ text: String) throws -> EmailAddress {
    guard let email = try? EmailAddress(text) else {
        throw ValidationError("\"\(text)\" is not an email address.")
    }
    return email
}

/// Parses a `YYYY-MM-DD` date typed on the command line.
func dateArgument(_ text: String) throws -> LocalDate {
    guard let date = try? LocalDate(parsing: text) else {
        throw ValidationError("\(text) is not a date. Write dates as YYYY-MM-DD.")
    }
    return date
}

/// Parses a role: facilitator, clinical-lead, administrator, steering-group or panellist.
func roleArgument(_ text: String) throws -> Role {
    guard let role = Role(rawValue: text.lowercased().replacingOccurrences(of: " ", with: "-"))
    else {
        throw ValidationError(
            "\(text) is not a role. Use facilitator, clinical-lead, administrator, "
                + "steering-group or panellist.")
    }
    return role
}

/// Parses a training status: trainee, trained or accredited.
func trainingArgument(_ text: String) throws -> TrainingStatus {
    guard let status = TrainingStatus(rawValue: text.lowercased()) else {
        throw ValidationError(
            "\(text) is not a training status. Use trainee, trained or accredited.")
    }
    return status
}

/// `--clinical` or `--non-clinical`.
enum ClinicalFlag: String, EnumerableFlag {
    case clinical
    case nonClinical

    var isClinical: Bool { self == .clinical }

    static func help(for value: ClinicalFlag) -> ArgumentHelp? {
        switch value {
        case .clinical: "The person works in a clinical role."
        case .nonClinical: "The person works in a non-clinical role."
        }
    }
}
