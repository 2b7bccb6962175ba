import Foundation

/// Continuous distributions drawn from ``Xoshiro256StarStar``: the Beta draws of the trait table
/// (spec §1) and the Gamma and normal draws they are built from.
extension Xoshiro256StarStar {
    /// A standard normal draw (Marsaglia's polar method; the second value is discarded so the
    /// stream position depends only on the number of calls).
    public mutating func nextNormal() -> Double {
        while true {
            let u = 2 * nextUnit() - 1
            let v = 2 * nextUnit() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 { return u * (-2 * log(s) / s).squareRoot() }
        }
    }

    /// A Gamma(shape, 1) draw (Marsaglia & Tsang 2000; shape < 1 via the `U^(1/shape)` boost).
    /// - Parameter shape: > 0.
    /// - Returns: The draw.
    public mutating func nextGamma(shape: Double) -> Double {
        precondition(shape > 0)
        if shape < 1 {
            let u = max(nextUnit(), .leastNonzeroMagnitude)
            return nextGamma(shape: shape + 1) * pow(u, 1 / shape)
        }
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double
            var v: Double
            repeat {
                x = nextNormal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = nextUnit()
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if u > 0, log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }

    /// A Beta(a, b) draw in `0...1`, as `X/(X+Y)` with X ~ Gamma(a), Y ~ Gamma(b).
    public mutating func nextBeta(_ a: Double, _ b: Double) -> Double {
        let x = nextGamma(shape: a)
        let y = nextGamma(shape: b)
        return x + y > 0 ? x / (x + y) : 0.5
    }
}

/// A Beta(a, b) distribution's two shape parameters.
public struct BetaShape: Hashable, Sendable, CustomStringConvertible {
    public var a: Double
    public var b: Double
    public init(_ a: Double, _ b: Double) {
        self.a = a
        self.b = b
    }
    /// The mean `a/(a+b)`.
    public var mean: Double { a / (a + b) }
    public var description: String { "Beta(\(a.formatted2),\(b.formatted2))" }
}

extension Double {
    /// Up to two decimals without trailing zeros (for labels like `Beta(1.5,6)`).
    var formatted2: String {
        let r = (self * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
