import CoprodModel

/// A change to one model constant of ``Parameters/catalogue``, as a mechanism switch or a mutant
/// applies it to every arm of every fact: set it to a value, or multiply its value (for a whole
/// number, rounded).
public struct ParameterChange: Hashable, Sendable {
    /// What the change does to the constant.
    public enum Operation: Hashable, Sendable {
        /// Sets the constant to this value.
        case set(Double)
        /// Multiplies the constant's value in the arm by this factor.
        case scale(Double)
    }

    /// A name of ``Parameters/catalogue``.
    public let name: String
    public let operation: Operation

    public init(_ name: String, _ operation: Operation) {
        self.name = name
        self.operation = operation
    }

    /// Sets `name` to `value`.
    public static func set(_ name: String, _ value: Double) -> ParameterChange { .init(name, .set(value)) }
    /// Multiplies `name` by `factor`.
    public static func scale(_ name: String, _ factor: Double) -> ParameterChange { .init(name, .scale(factor)) }

    /// The change in notation: `name = 0`, `name × 0.5`.
    public var notation: String {
        switch operation {
        case .set(let v): "\(name) = \(ParameterChange.format(v))"
        case .scale(let f): "\(name) × \(ParameterChange.format(f))"
        }
    }

    static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e9 ? String(Int(v)) : String(v)
    }

    /// Applies the change to `parameters`.
    /// - Throws: ``ValidationError/unknownParameter(_:)`` for a name outside the catalogue,
    ///   ``ValidationError/outOfRange(_:_:)`` when the new value leaves the constant's range.
    public func apply(to parameters: inout Parameters) throws(ValidationError) {
        guard let entry = Parameters.entry(named: name) else { throw .unknownParameter(name) }
        var value: Double
        switch operation {
        case .set(let v): value = v
        case .scale(let f): value = parameters.value(of: entry) * f
        }
        if entry.isInteger { value = value.rounded() }
        guard entry.range.contains(value) else { throw .outOfRange(name, value) }
        parameters.set(entry, to: value)
    }
}

/// Why a validation could not run (never a failed fact: that is a result).
public enum ValidationError: Error, Hashable, Sendable {
    /// A parameter change names a constant that ``Parameters/catalogue`` does not have.
    case unknownParameter(String)
    /// A parameter change would put a constant outside its range.
    case outOfRange(String, Double)
}
