package import Foundation
import RoundsCore

/// People read from a spreadsheet export, one person per row.
///
/// Columns are recognised by name in any order and case; blank cells keep what the store
/// already has, so a sheet with only names and emails does not erase roles.
enum PeopleSpreadsheet {
    enum Column: CaseIterable {
        case email, name, staffGroup, clinical, seniority, roles, training, trainedOn

        var title: String {
            switch self {
            case .email: "Email"
            case .name: "Name"
            case .staffGroup: "Staff group"
            case .clinical: "Clinical"
            case .seniority: "Seniority"
            case .roles: "Roles"
            case .training: "Training"
            case .trainedOn: "Trained on"
            }
        }

        /// Header spellings seen in real exports, normalised (letters and digits only).
        var aliases: [String] {
            switch self {
            case .email:
                ["email", "emailaddress", "mail", "workemail", "nhsmail", "emailaddresses"]
            case .name: ["name", "fullname", "displayname", "staffname", "person"]
            case .staffGroup:
                ["staffgroup", "discipline", "profession", "professionalgroup", "group"]
            case .clinical: ["clinical", "isclinical", "clinicalnonclinical", "clinicalstaff"]
            case .seniority: ["seniority", "band", "grade", "bandgrade", "bandorgrade", "level"]
            case .roles: ["roles", "role", "programmeroles", "roundsroles"]
            case .training: ["training", "trainingstatus", "facilitatortraining"]
            case .trainedOn: ["trainedon", "trainingdate", "datetrained", "trainedsince"]
            }
        }
    }

    /// Reads every data row into people, failing on the first bad cell with its row number.
    static func read(_ data: Data, file: String, existing: ProgrammeData) throws -> [Person] {
        let table = try SpreadsheetTable.read(data, file: file)
        var columns: [Column: String] = [:]
        for header in table.headers {
            let key = SpreadsheetTable.normalise(header)
            if let column = Column.allCases.first(where: { $0.aliases.contains(key) }),
                columns[column] == nil
            {
                columns[column] = header
            }
        }
        for column in [Column.email, .name, .staffGroup, .clinical] where columns[column] == nil {
            throw RoundsStoreError.spreadsheetFile(
                file: file,
                message: "There is no \"\(column.title)\" column. Row 1 must name the columns "
                    + "Email, Name, Staff group and Clinical (Seniority, Roles, Training and "
                    + "Trained on are optional).")
        }
        var seen: [EmailAddress: Int] = [:]
        var people: [Person] = []
        for row in table.rows {
            func cell(_ column: Column) -> String {
                columns[column].flatMap { row.fields[$0] } ?? ""
            }
            func fail(_ message: String) -> RoundsStoreError {
                .spreadsheet(file: file, row: row.number, message: message)
            }
            let emailText = cell(.email)
            if emailText.isEmpty { throw fail("The email address is empty.") }
            guard let email = try? EmailAddress(emailText) else {
                throw fail("\"\(emailText)\" is not an email address.")
            }
            if let first = seen[email] {
                throw fail("\(email) is also on row \(first); keep one row per person.")
            }
            seen[email] = row.number
            let stored = existing.person(email)
            let name = cell(.name).isEmpty ? stored?.name : cell(.name)
            guard let name else { throw fail("The name of \(email) is empty.") }
            let group = cell(.staffGroup).isEmpty ? stored?.staffGroup : cell(.staffGroup)
            guard let group else { throw fail("The staff group of \(email) is empty.") }
            var isClinical = stored?.isClinical
            if !cell(.clinical).isEmpty {
                guard let value = clinical(cell(.clinical)) else {
                    throw fail(
                        "\"\(cell(.clinical))\" in the Clinical column is not yes or no.")
                }
                isClinical = value
            }
            guard let isClinical else {
                throw fail("The Clinical column of \(email) is empty; write yes or no.")
            }
            var roles = stored?.roles ?? []
            if !cell(.roles).isEmpty {
                roles = []
                for word in cell(.roles).split(whereSeparator: { $0 == ";" || $0 == "," }) {
                    let name = word.trimmingCharacters(in: .whitespaces).lowercased()
                        .replacingOccurrences(of: " ", with: "-")
                    if name.isEmpty { continue }
                    guard let role = Role(rawValue: name) ?? (name == "panelist" ? .panellist : nil)
                    else {
                        throw fail(
                            "\"\(word.trimmingCharacters(in: .whitespaces))\" is not a role. "
                                + "Use facilitator, clinical lead, administrator, steering group "
                                + "or panellist.")
                    }
                    roles.insert(role)
                }
            }
            var profile = stored?.facilitatorProfile
            if !cell(.training).isEmpty {
                guard let status = TrainingStatus(rawValue: cell(.training).lowercased()) else {
                    throw fail(
                        "\"\(cell(.training))\" is not a training status. Use trainee, trained "
                            + "or accredited.")
                }
                profile = FacilitatorProfile(training: status, since: profile?.since)
            }
            if !cell(.trainedOn).isEmpty {
                guard let date = date(cell(.trainedOn)) else {
                    throw fail(
                        "\"\(cell(.trainedOn))\" is not a date. Write YYYY-MM-DD or DD/MM/YYYY.")
                }
                guard let current = profile else {
                    throw fail("A training date needs a training status beside it.")
                }
                profile = FacilitatorProfile(training: current.training, since: date)
            }
            if roles.contains(.facilitator) && profile == nil {
                throw fail(
                    "\(email) is a facilitator, so give their training: trainee, trained or "
                        + "accredited.")
            }
            if !roles.contains(.facilitator) { profile = nil }
            let seniority = cell(.seniority).isEmpty ? stored?.seniority : cell(.seniority)
            people.append(
                Person(
                    email: email, name: name, staffGroup: group, isClinical: isClinical,
                    seniority: seniority, roles: roles, facilitatorProfile: profile))
        }
        return people
    }

    static func clinical(_ text: String) -> Bool? {
        switch text.lowercased().trimmingCharacters(in: .whitespaces) {
        case "yes", "y", "true", "1", "clinical": true
        case "no", "n", "false", "0", "non-clinical", "nonclinical", "non clinical": false
        default: nil
        }
    }

    /// ISO dates, or the day-first dates UK spreadsheets export.
    static func date(_ text: String) -> LocalDate? {
        if let date = try? LocalDate(parsing: text) { return date }
        let parts = text.split(separator: "/")
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]),
            let year = Int(parts[2]), parts[2].count == 4
        else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }
}

extension ProgrammeStore {
    /// Adds and updates people from a CSV export in one transaction; nobody is removed.
    package func importPeople(at url: URL, name: String) throws -> ImportReport {
        guard let bytes = FileManager.default.contents(atPath: url.path) else {
            throw RoundsStoreError.unreadable(path: name)
        }
        return try update { data in
            let people = try PeopleSpreadsheet.read(bytes, file: name, existing: data)
            var report = ImportReport()
            let before = Dictionary(uniqueKeysWithValues: data.people.map { ($0.email, $0) })
            var after = before
            for person in people { after[person.email] = person }
            report.record(.person, old: before, new: after, label: \.value)
            data.people = Array(after.values)
            return report
        }
    }
}
