/// Problems making packs or reading excerpts, each told as plain sentences.
///
/// Associated values carry file names, positions and ids; never a panel story or a note.
package enum RoundsPacksError: Error, Sendable, Hashable {
    /// A template file that Mustache cannot read.
    case templateSyntax(file: String, line: Int, column: Int, problem: String)
    /// A template the pack needs was found in none of the template folders.
    case templateMissing(name: String, searched: [String])
    /// A template file that exists but cannot be read.
    case templateUnreadable(file: String)
    /// The built-in templates were not found anywhere Rounds looks.
    case builtInTemplatesNotFound(searched: [String])
    /// A folder given with `--templates` or by the programme that does not exist.
    case templateFolderMissing(String)
    /// No program that prints HTML to PDF is installed.
    case pdfRendererMissing
    /// The PDF printer ran but failed or wrote nothing.
    case pdfFailed(renderer: String, detail: String)
    /// A file that cannot be written.
    case cannotWrite(file: String)
    /// A file that cannot be read.
    case cannotRead(file: String)
    /// An article file holds no text at all.
    case emptyArticle(file: String)
    /// An article file is not text (binary bytes, or not UTF-8).
    case notText(file: String)
    /// An excerpt file that is not valid YAML or has a wrong field.
    case excerptFile(file: String, line: Int, column: Int, problem: String)
    /// Two excerpts in one file share an id.
    case duplicateExcerpt(file: String, line: Int, id: String)
    /// The store has no programme settings, so no pack can be made.
    case noProgramme(store: String)
    /// No excerpt has this id.
    case unknownExcerpt(String)
    /// An excerpt with this id is already stored.
    case excerptExists(String)
}

extension RoundsPacksError: CustomStringConvertible {
    /// What happened and what to do, in one or two sentences.
    package var description: String {
        switch self {
        case .templateSyntax(let file, let line, let column, let problem):
            "The template \(file) has an error at line \(line), column \(column): \(problem). "
                + "Correct the template, or delete it to use the built-in one."
        case .templateMissing(let name, let searched):
            "The template \(name) was not found in \(searched.joined(separator: ", ")). "
                + "Restore it from the Templates folder that came with Rounds."
        case .templateUnreadable(let file):
            "The template \(file) cannot be read. Check that the file is plain UTF-8 text "
                + "and that you may read it."
        case .builtInTemplatesNotFound(let searched):
            "Rounds could not find its templates (looked in "
                + "\(searched.joined(separator: ", ")))."
                + " Reinstall with `make install`, or set ROUNDS_TEMPLATES to the Templates folder."
        case .templateFolderMissing(let folder):
            "The template folder \(folder) does not exist. Check the path given with --templates."
        case .pdfRendererMissing:
            "No PDF printer was found: Rounds prints PDF with Chromium or WeasyPrint. "
                + "Install one with `sudo apt-get install chromium` (or `weasyprint`), "
                + "or choose --format html and print from a browser."
        case .pdfFailed(let renderer, let detail):
            "\(renderer) could not print the pack to PDF (\(detail)). "
                + "Try --format html and print it from a browser."
        case .cannotWrite(let file):
            "Cannot write \(file). Check that the folder exists and that you may write to it."
        case .emptyArticle(let file):
            "\(file) is empty. Give the file that holds the article's text."
        case .notText(let file):
            "\(file) is not a text file. Save the article as plain text or Markdown (UTF-8) "
                + "and try again."
        case .cannotRead(let file):
            "Cannot read \(file). Check the path and that you may read the file."
        case .excerptFile(let file, let line, let column, let problem):
            "\(file):\(line):\(column): \(problem)"
        case .duplicateExcerpt(let file, let line, let id):
            "\(file):\(line): the excerpt id \(id) is used twice. Give each excerpt its own id."
        case .noProgramme(let store):
            "The store \(store) has no programme settings yet. Import a programme file first "
                + "with `rounds import FILE.yaml`."
        case .unknownExcerpt(let id):
            "No excerpt has the id \(id). See the ids with `rounds excerpts list`."
        case .excerptExists(let id):
            "An excerpt with the id \(id) already exists. Choose another id, or use "
                + "`rounds excerpts import` to replace it."
        }
    }
}
