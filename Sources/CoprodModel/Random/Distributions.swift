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
        nextGamma(GammaConstants(shape))
    }

    /// A Gamma draw with the method's constants worked out beforehand (many draws of one shape):
    /// the same draw as ``nextGamma(shape:)`` of that shape, bit for bit.
    @inline(__always)
    public mutating func nextGamma(_ k: GammaConstants) -> Double {
        if k.boosted {
            let u = max(nextUnit(), .leastNonzeroMagnitude)
            return nextGammaAtLeastOne(k) * pow(u, k.inverseShape)
        }
        return nextGammaAtLeastOne(k)
    }

    /// Marsaglia & Tsang's squeeze and rejection for a shape ≥ 1 (`d`, `c` of ``GammaConstants``).
    @inline(__always)
    private mutating func nextGammaAtLeastOne(_ k: GammaConstants) -> Double {
        let d = k.d
        let c = k.c
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
        nextBeta(BetaConstants(BetaShape(a, b)))
    }

    /// A Beta draw with both Gamma draws' constants worked out beforehand: the same draw as
    /// ``nextBeta(_:_:)`` of that shape, bit for bit.
    @inline(__always)
    public mutating func nextBeta(_ k: BetaConstants) -> Double {
        let x = nextGamma(k.a)
        let y = nextGamma(k.b)
        return x + y > 0 ? x / (x + y) : 0.5
    }
}

/// The constants of Marsaglia & Tsang's Gamma method for one shape (> 0), worked out once for
/// many draws: for a shape below 1 the draw is Gamma(shape + 1) boosted by `U^(1/shape)`.
public struct GammaConstants: Sendable {
    let boosted: Bool
    /// `s − 1/3` of the shape s drawn with the squeeze (shape, or shape + 1 when boosted).
    let d: Double
    /// `1/√(9d)`.
    let c: Double
    /// `1/shape` (used when boosted).
    let inverseShape: Double

    /// - Parameter shape: > 0.
    public init(_ shape: Double) {
        precondition(shape > 0)
        boosted = shape < 1
        d = (boosted ? shape + 1 : shape) - 1.0 / 3.0
        c = 1 / (9 * d).squareRoot()
        inverseShape = 1 / shape
    }
}

/// The Gamma constants of both parameters of a Beta shape.
public struct BetaConstants: Sendable {
    let a: GammaConstants
    let b: GammaConstants
    public init(_ shape: BetaShape) {
        a = GammaConstants(shape.a)
        b = GammaConstants(shape.b)
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
