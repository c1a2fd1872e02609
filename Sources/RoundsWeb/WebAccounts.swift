import HummingbirdBcrypt
import RoundsCore
import RoundsOperations

/// `rounds users`: web accounts, their passwords kept as bcrypt hashes.
public enum WebAccounts {
    /// The roles an account can have, as typed: `administrator`, `facilitator`.
    public static let roles = WebRole.allCases.map(\.rawValue)

    /// Adds the account `email` with `role` and `password` to the store at `storePath`, or
    /// replaces the role and password of an existing one (ending its sessions); returns the
    /// line to print. Refuses an e-mail that is not an address, an unknown role, and a
    /// password shorter than 10 characters.
    public static func add(
        email: String, role: String, password: String, storePath: String, cost: UInt8 = 12
    ) throws -> String {
        let address: EmailAddress
        do {
            address = try EmailAddress(email)
        } catch {
            throw OperationFailure("\(email) is not an e-mail address.")
        }
        guard let webRole = WebRole(rawValue: role) else {
            throw OperationFailure(
                "\(role) is not a role. Give administrator or facilitator.")
        }
        guard password.count >= 10 else {
            throw OperationFailure("The password is too short: use at least 10 characters.")
        }
        guard password.utf8.count <= 72 else {
            throw OperationFailure(
                "The password is too long: bcrypt reads at most 72 bytes.")
        }
        let operations = ProgrammeOperations(storePath: storePath)
        let user = WebUser(
            email: address, role: webRole, passwordHash: Bcrypt.hash(password, cost: cost))
        let added = try operations.saveWebUser(user)
        return added
            ? "Added \(address.value) as \(role)."
            : "Updated \(address.value): now \(role), with the new password; "
                + "their sessions have ended."
    }

    /// Every account as `email  role` lines.
    public static func list(storePath: String) throws -> [String] {
        let users = try ProgrammeOperations(storePath: storePath).webUsers()
        guard !users.isEmpty else { return ["No web accounts yet."] }
        return users.map { "\($0.email.value)  \($0.role.rawValue)" }
    }
}
