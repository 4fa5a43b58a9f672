#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension StagingFolder {
    /// Puts the new site in place of the old one (`SiteSwap`), deletes the
    /// old one and releases the lock. On a failure the staging folder is
    /// deleted, unless the previous site could not be put back: then both
    /// stay for the next build to repair, and the failure says where they are.
    public func commit() throws(Failure) {
        FailPoint.reach(.beforeSwap)
        let retiredName = StagingLeftovers.oldPrefix(name) + String(stagingName.dropFirst(StagingLeftovers.newPrefix(name).count))
        let outcome: SiteSwap.Outcome
        do {
            outcome = try SiteSwap.swap(staging: stagingName, output: name, retiredName: retiredName, in: parent, parentPath: parentPath)
        } catch {
            if let stranded = error.strandedAt {
                finish()
                throw Failure(.io(error.error), hadPreviousSite: true, strandedAt: shownBeside(stranded))
            }
            discard()
            throw Failure(.io(error.error), hadPreviousSite: hadPreviousSite)
        }
        FailPoint.reach(.swapped)
        if case .retired(let old) = outcome {
            let shown = shownBeside(old)
            if let failure = SafeRemoval.remove(old, in: parent, shown: shown, removingLast: StagingMarker.fileName,
                                                failPoint: .removingOld) {
                let notice = StagingLeftovers.Finding.notRemoved(old, failure).notice(output: outputShown, shownBeside: shownBeside)
                notices.append(notice)
                notify(notice)
            }
        }
        FailPoint.reach(.oldRemoved)
        finish()
    }

    /// Removes the staging folder after a failure and releases the lock;
    /// the output folder is as it was. Later calls do nothing.
    public func discard() {
        guard !finished else { return }
        SafeRemoval.remove(stagingName, in: parent, shown: shownBeside(stagingName), removingLast: StagingMarker.fileName)
        finish()
    }

    /// Releases the lock and the parent folder; the staging folder is left as it is.
    func finish() {
        guard !finished else { return }
        finished = true
        outputLock.release()
        close(parent)
    }
}

extension StagingLeftovers.Finding {
    /// The notice shown for this finding; `output` is the output folder as
    /// shown, `shownBeside` shows a name in its parent folder.
    func notice(output: String, shownBeside: (String) -> String) -> Diagnostic {
        let location = SourceLocation.file(output)
        func shown(_ name: String) -> MessageArgument { .text(shownBeside(name)) }
        switch self {
        case .removed(let name):
            return .warning(.leftoverRemoved, at: location, ["path": shown(name)])
        case .restored(let name):
            return .warning(.halfSwapRepaired, at: location, ["path": shown(name), "output": .text(output)])
        case .leftAlone(let name):
            return .warning(.leftoverNotOurs, at: location, ["path": shown(name), "marker": .text(StagingMarker.fileName)])
        case .notRemoved(let name, let failure):
            return .warning(.oldSiteNotRemoved, at: location,
                            ["path": shown(name), "failed": .text(failure.path), "reason": .term(Term.systemReason(failure.code))])
        }
    }
}
