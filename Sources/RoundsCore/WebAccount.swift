// Accounts of the web front door (`rounds serve`): values only; the store keeps them.

/// What a web account may do: everything, or their own Rounds only.
package enum WebRole: String, Sendable, Hashable, CaseIterable {
    /// Plans, edits, imports and downloads the whole programme.
    case administrator
    /// Sees the Rounds they facilitate, with packs and panels.
    case facilitator
}

/// A web account: its e-mail, role and bcrypt password hash.
package struct WebUser: Sendable, Hashable {
    /// The address the person signs in with.
    package var email: EmailAddress
    /// What they may do.
    package var role: WebRole
    /// The bcrypt hash of their password.
    package var passwordHash: String

    /// An account.
    package init(email: EmailAddress, role: WebRole, passwordHash: String) {
        self.email = email
        self.role = role
        self.passwordHash = passwordHash
    }
}

/// A signed-in session as the server reads it.
package struct WebSession: Sendable, Hashable {
    /// Who is signed in.
    package var user: WebUser
    /// The form token every POST of this session must carry.
    package var csrf: String

    /// A session of `user` with its form token.
    package init(user: WebUser, csrf: String) {
        self.user = user
        self.csrf = csrf
    }
}
