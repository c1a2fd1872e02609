import ArgumentParser

/// The bundled sample programmes `rounds demo --sample` runs on.
enum DemoSample: String, CaseIterable, ExpressibleByArgument {
    /// Samples/programme.yaml: an NHS trust in England, en-GB, A4.
    case uk
    /// Samples/programme-us.yaml: a US hospital, US federal holidays, en-US, Letter.
    case us

    /// The file in Samples/.
    var fileName: String {
        switch self {
        case .uk: "programme.yaml"
        case .us: "programme-us.yaml"
        }
    }
}
