import ArgumentParser
import Foundation
import RoundsWeb

/// `rounds users`: accounts for the web pages of `rounds serve`.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Add and list accounts for the web pages.",
        subcommands: [UsersAddCommand.self, UsersListCommand.self])
}

/// `rounds users add EMAIL --role administrator|facilitator`.
struct UsersAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an account, or set a new password and role for an existing one.",
        discussion: """
            The password is read from the terminal without showing it, or, when standard \
            input is not a terminal, from its first line. It is stored only as a bcrypt hash.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(
        help: ArgumentHelp("The e-mail address the person signs in with.", valueName: "email"))
    var email: String

    @Option(help: ArgumentHelp("administrator or facilitator.", valueName: "role"))
    var role: String

    func validate() throws {
        guard WebAccounts.roles.contains(role) else {
            throw ValidationError("--role must be administrator or facilitator, not \(role).")
        }
    }

    func run() throws {
        let password = try PasswordInput.read(prompt: "Password for \(email): ")
        say([
            try WebAccounts.add(
                email: email, role: role, password: password, storePath: store.path)
        ])
    }
}

/// `rounds users list`.
struct UsersListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the web accounts and their roles.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        say(try WebAccounts.list(storePath: store.path))
    }
}

/// Reads a password: from the terminal with echo turned off, or the first line of a pipe.
enum PasswordInput {
    static func read(prompt: String) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true) else {
                throw CommandFailure("No password on standard input: give it as the first line.")
            }
            return line
        }
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true) else {
            throw CommandFailure("No password given.")
        }
        return line
    }
}
