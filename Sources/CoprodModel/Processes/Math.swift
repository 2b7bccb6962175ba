import Foundation

/// `clamp` of the spec's notation: keeps a value in `0...1`.
@inline(__always)
public func clamp01(_ x: Double) -> Double { x < 0 ? 0 : (x > 1 ? 1 : x) }

/// The logistic function `σ(x) = 1/(1+e^-x)` of the spec's notation.
@inline(__always)
public func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
