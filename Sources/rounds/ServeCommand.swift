import ArgumentParser
import Foundation
import RoundsWeb

/// `rounds serve`: the programme on the web for staff, attendees and the Rounds team.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the programme's web pages.",
        discussion: """
            Staff see what is on, subscribe to the feed and print posters; attendees fill in \
            the evaluation on their phones; administrators and facilitators sign in (accounts \
            from `rounds users add`). The command line can keep working on the same store \
            while it runs. SIGTERM or Ctrl-C stop it after requests in flight finish. Set \
            ROUNDS_CLOCK (2027-01-04T09:00:00Z) to fix the server's clock for a demonstration.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("The interface to listen on.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on.", valueName: "number"))
    var port = 8080

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp(
            "The address people use to reach the server, such as "
                + "https://rounds.example.nhs.uk (for feed links, QR codes and Secure "
                + "cookies). The default is the programme's web_base_url, else "
                + "http://HOST:PORT.",
            valueName: "url"))
    var baseURL: String?

    @Option(
        name: .customLong("posts-per-minute"),
        help: ArgumentHelp(
            "Evaluation and sign-in forms accepted per client address per minute.",
            valueName: "number"))
    var postsPerMinute = 30

    @Option(
        name: .customLong("trusted-proxy"),
        help: ArgumentHelp(
            "The IP address of a reverse proxy (nginx) in front of the server; repeat for "
                + "more. Rate limits then count the client named in its X-Forwarded-For header.",
            valueName: "address"))
    var trustedProxies: [String] = []

    func validate() throws {
        guard postsPerMinute > 0 else {
            throw ValidationError("--posts-per-minute must be 1 or more, not \(postsPerMinute).")
        }
        guard (1...65535).contains(port) else {
            throw ValidationError("--port must be between 1 and 65535, not \(port).")
        }
        for address in trustedProxies where !WebConfiguration.isIPAddress(address) {
            throw ValidationError(
                "--trusted-proxy takes an IP address such as 127.0.0.1 or ::1, not \(address).")
        }
        if let baseURL, !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            throw ValidationError(
                "--base-url must start with http:// or https://, as in https://rounds.example.org.")
        }
    }

    func run() throws {
        let fixed = ProcessInfo.processInfo.environment["ROUNDS_CLOCK"].map { _ in
            try? CommandClock.now()
        }
        if let fixed, fixed == nil { _ = try CommandClock.now() }
        let clock: @Sendable () -> Date =
            if let fixed, let date = fixed { { date } } else { { Date() } }
        let configuration = WebConfiguration(
            storePath: store.path, host: host, port: port, baseURL: baseURL,
            postsPerMinute: postsPerMinute, clock: clock, trustedProxies: Set(trustedProxies))
        let outcome = ServeOutcome()
        let finished = DispatchSemaphore(value: 0)
        // The entry point is synchronous (RoundsCommand); the server runs in a task and this
        // thread waits for it to stop.
        Task {
            do {
                try await WebServer.run(configuration) { line in
                    FileHandle.standardOutput.write(Data((line + "\n").utf8))
                }
            } catch {
                outcome.error = error
            }
            finished.signal()
        }
        finished.wait()
        if let error = outcome.error { throw CommandFailure(String(describing: error)) }
    }
}

/// The server task's error, read after the semaphore says the task has finished.
private final class ServeOutcome: @unchecked Sendable {
    var error: (any Error)?
}
