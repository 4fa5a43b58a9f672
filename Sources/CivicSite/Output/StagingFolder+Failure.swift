import Foundation

extension StagingFolder {
    /// Why the staging folder could not be opened or committed, and where
    /// the previous site is after it: every message says so truthfully.
    public struct Failure: Error, CustomStringConvertible {
        enum Cause {
            case io(FileIO.Failure)
            case path(OutputPathResolver.Problem)
            /// Another build held the output's lock for `waited` seconds.
            case busy(waited: Double)
            case other(String)
        }

        var cause: Cause
        /// Whether there was a previous site to keep.
        var hadPreviousSite: Bool
        /// Set when the previous site could not be put back: where it is now, as shown.
        var strandedAt: String?

        init(_ cause: Cause, hadPreviousSite: Bool, strandedAt: String? = nil) {
            self.cause = cause
            self.hadPreviousSite = hadPreviousSite
            self.strandedAt = strandedAt
        }

        init(_ error: Error, hadPreviousSite: Bool) {
            if let failure = error as? FileIO.Failure {
                self.init(.io(failure), hadPreviousSite: hadPreviousSite)
            } else if let failure = error as? Failure {
                self = failure
            } else {
                self.init(.other("\(error)"), hadPreviousSite: hadPreviousSite)
            }
        }

        /// The problem as reported for the output folder shown as `output`.
        public func diagnostic(output: String) -> Diagnostic {
            let location = SourceLocation.file(output)
            let kept: Hint? = hadPreviousSite ? nil : .noPreviousSite
            switch cause {
            case .io(let failure):
                let arguments: MessageArguments = ["path": .text(FileIO.shown(failure.path)),
                                                   "reason": .term(Term.systemReason(failure.code)), "output": .text(output)]
                if let strandedAt {
                    var withKept = arguments
                    withKept["kept"] = .text(strandedAt)
                    return .error(.previousSiteStranded, at: location, withKept)
                }
                return .error(.writeFailed, at: location, arguments, hint: kept)
            case .path(let problem):
                return OutputFolderCheck.refusal(for: problem, outputName: output).diagnostic(at: location)
            case .busy(let waited):
                return .error(.outputLocked, at: location, ["output": .text(output), "seconds": .number(Int(waited.rounded(.up)))])
            case .other(let text):
                return .error(.writeFailed, at: location, ["path": .text(output), "reason": .text(text), "output": .text(output)], hint: kept)
            }
        }

        /// Any failure of a write into the staging folder, as a problem.
        public static func diagnostic(for error: Error, output: String, hadPreviousSite: Bool) -> Diagnostic {
            Failure(error, hadPreviousSite: hadPreviousSite).diagnostic(output: output)
        }

        /// The English message, the output folder named by its usual name.
        public var description: String { diagnostic(output: "site").message }
    }
}
