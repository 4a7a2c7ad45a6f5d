// expect: SG3003
// CWE-397 via SG3003; shape: switch-expression. The default arm of a switch expression throws SystemException.
// Bad() carries the flaw; Good* twins throw ArgumentException and must stay silent.
using System;

public enum Shape
{
    Circle,
    Square,
}

public sealed class Case
{
    public double Bad(Shape shape, double size) => shape switch
    {
        Shape.Circle => Math.PI * size * size,
        Shape.Square => size * size,
        _ => throw new SystemException("Unknown shape"),
    };

    public double Good(Shape shape, double size) => shape switch
    {
        Shape.Circle => Math.PI * size * size,
        Shape.Square => size * size,
        _ => throw new ArgumentException("Unknown shape", nameof(shape)),
    };
}
