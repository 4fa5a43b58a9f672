/// A record's values on the heap, shared by the copies of the record until
/// one of them changes (`Group`, `Event` …). Sendable although mutable: a
/// record changes its box only when no other copy holds it.
final class RecordBox<Value: Sendable>: @unchecked Sendable {
    var value: Value

    init(_ value: Value) {
        self.value = value
    }
}
