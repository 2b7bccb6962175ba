/// An enumeration whose cases are written as words in the language (`older`, `active`,
/// `maintenance`): `description` is the word, and `init?(word:)` reads it back.
public protocol WordCase: CaseIterable, Sendable, CustomStringConvertible {}

extension WordCase {
    /// The case whose word is `word`, or nil.
    public init?(word: String) {
        guard let match = Self.allCases.first(where: { $0.description == word }) else { return nil }
        self = match
    }
}

/// A resident's age group (spec §1). Raw values are the language's words.
public enum AgeGroup: UInt8, WordCase {
    case young, middle, older
    public var description: String {
        switch self {
        case .young: "young"
        case .middle: "middle"
        case .older: "older"
        }
    }
}

/// Home ownership (spec §1): owners and renters.
public enum Tenure: UInt8, WordCase {
    case owner, renter
    public var description: String {
        switch self {
        case .owner: "owner"
        case .renter: "renter"
        }
    }
}

/// The influencing factors of spec §1, one per resident, each in `0...1`.
public enum ResidentTrait: String, CaseIterable, Sendable {
    /// Demand for neighbourhood improvement (salience of the service, Pestoff 2014).
    case need
    /// Self-efficacy (Parrado et al. 2013).
    case efficacy
    /// Trust in government and the residents' committee (Ostrom 1996).
    case trust
    /// Community attachment (颜玉凡 & 叶南客 2019; Letki & Steen 2021).
    case attachment
    /// Time available, the inverse of opportunity cost (Alford 2002).
    case time
    /// Technical and organising skill (Parks et al. 1981).
    case skill
    /// Digital literacy (刘淑妍 & 吕俊延 2021).
    case digital
    /// Identification with the community project (cognitive state, starts at attachment).
    case identification
    /// Responsibility, i.e. public awareness (cognitive state, starts at 0.5·attachment).
    case responsibility
}
