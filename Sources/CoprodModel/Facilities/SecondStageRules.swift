/// A facility's benefit rule (spec §12 floors).
public enum BenefitRule: String, CaseIterable, Hashable, Sendable {
    /// A served resident's benefit is 1 (spec §4).
    case served
    /// A served resident's benefit is `groundFloorBenefit + (1 − groundFloorBenefit)·(floor − 1)/5`
    /// (`0.2 + 0.8·(floor − 1)/5` by default): a lift serves the upper floors (spec §12).
    case byFloor = "by-floor"
}

/// Whether a facility waits for its owners' consent before construction (spec §12).
public enum ConsentRule: String, CaseIterable, Hashable, Sendable {
    case none
    /// A vote of the served owners under PRC Civil Code art. 278 (head count): turnout at least
    /// two thirds of the owners, approval at least three quarters of the voters.
    case civilCode278 = "civil-code-278"
}

/// Whether satiation acts while the facility is in maintenance (spec §12).
public enum SatiationRule: String, CaseIterable, Hashable, Sendable {
    case off
    case on
}

/// The consent vote's state of one facility (spec §12). All counts are residents; weeks are steps.
public struct VoteState: Hashable, Sendable {
    /// Votes held so far.
    public internal(set) var votes = 0
    /// The week consent was given, or nil.
    public internal(set) var passedAt: Int?
    /// The week of the next vote while the facility waits after a failed one, or nil.
    public internal(set) var nextVote: Int?
    /// Weeks the facility has been held at the vote: in design with progress 1 and no consent.
    public internal(set) var stalledWeeks = 0
    /// The latest vote's counts: served owners, voters, approvals; nil before the first vote.
    public internal(set) var latest: VoteCount?

    /// Turnout of the latest vote, `voters/owners` (0 with no owners or before any vote), `0...1`.
    public var turnout: Double {
        guard let c = latest, c.owners > 0 else { return 0 }
        return Double(c.voters) / Double(c.owners)
    }

    /// Approval of the latest vote, `approvals/voters` (0 with no voters or before any vote), `0...1`.
    public var approval: Double {
        guard let c = latest, c.voters > 0 else { return 0 }
        return Double(c.approvals) / Double(c.voters)
    }
}

/// One vote's head count (spec §12).
public struct VoteCount: Hashable, Sendable {
    /// Served owners counted at the vote.
    public var owners: Int
    /// Owners who voted.
    public var voters: Int
    /// Voters who approved.
    public var approvals: Int

    /// PRC Civil Code art. 278 by head count: `3·voters ≥ 2·owners` and `4·approvals ≥ 3·voters`;
    /// with no voters the vote fails.
    public var passes: Bool { voters > 0 && 3 * voters >= 2 * owners && 4 * approvals >= 3 * voters }
}
