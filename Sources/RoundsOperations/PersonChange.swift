package import RoundsCore

/// The details `people edit` changes; what is nil or empty stays as it was.
package struct PersonChange: Sendable, Hashable {
    /// A new name.
    package var name: String?
    /// A new staff group.
    package var staffGroup: String?
    /// Clinical or not.
    package var isClinical: Bool?
    /// A new band or grade; empty clears it.
    package var seniority: String?
    /// Roles to give.
    package var addRoles: [Role] = []
    /// Roles to take away.
    package var removeRoles: [Role] = []
    /// A new training status.
    package var training: TrainingStatus?
    /// When the training status was reached.
    package var trainedOn: LocalDate?

    /// A change of the given details.
    package init(
        name: String? = nil, staffGroup: String? = nil, isClinical: Bool? = nil,
        seniority: String? = nil, addRoles: [Role] = [], removeRoles: [Role] = [],
        training: TrainingStatus? = nil, trainedOn: LocalDate? = nil
    ) {
        self.name = name
        self.staffGroup = staffGroup
        self.isClinical = isClinical
        self.seniority = seniority
        self.addRoles = addRoles
        self.removeRoles = removeRoles
        self.training = training
        self.trainedOn = trainedOn
    }

    /// `person` with the change applied.
    func applied(to person: Person) throws -> Person {
        var person = person
        if let name { person.name = name }
        if let staffGroup { person.staffGroup = staffGroup }
        if let isClinical { person.isClinical = isClinical }
        if let seniority { person.seniority = seniority.isEmpty ? nil : seniority }
        person.roles.formUnion(addRoles)
        person.roles.subtract(removeRoles)
        if let training {
            person.facilitatorProfile = FacilitatorProfile(
                training: training, since: trainedOn ?? person.facilitatorProfile?.since)
        } else if let trainedOn, let profile = person.facilitatorProfile {
            person.facilitatorProfile = FacilitatorProfile(
                training: profile.training, since: trainedOn)
        } else if trainedOn != nil {
            throw OperationUsageError("--trained-on needs --training beside it.")
        }
        if !person.roles.contains(.facilitator) { person.facilitatorProfile = nil }
        return person
    }
}
