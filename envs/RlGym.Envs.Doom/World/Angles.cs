namespace RlGym.Envs.Doom.World;

/// <summary>
/// Doom's binary angles: a full turn is 2^32, so angles wrap for free and compare exactly. Sines and cosines come
/// from a table of 8192 fine angles built once.
/// </summary>
internal static class Angles
{
    /// <summary>How far a turn button turns in one tic (Doom's angleturn of 640, about 3.5 degrees).</summary>
    public const uint TurnPerTic = 640u << 16;

    private const int FineShift = 19;
    private const int FineCount = 1 << (32 - FineShift);
    private const double TurnsToUnits = 4294967296.0;
    private static readonly double[] SinTable = Build(Math.Sin);
    private static readonly double[] CosTable = Build(Math.Cos);

    public static double Sin(uint angle) => SinTable[angle >> FineShift];

    public static double Cos(uint angle) => CosTable[angle >> FineShift];

    public static double ToDegrees(uint angle) => angle * (360.0 / TurnsToUnits);

    public static uint FromDegrees(double degrees)
    {
        double turns = degrees / 360.0;
        turns -= Math.Floor(turns);
        return (uint)(ulong)Math.Round(turns * TurnsToUnits);
    }

    /// <summary>The angle of the direction (dx, dy).</summary>
    public static uint Of(double dx, double dy) => FromDegrees(Math.Atan2(dy, dx) * (180.0 / Math.PI));

    /// <summary>The signed difference <paramref name="to"/> - <paramref name="from"/> in degrees, in [-180, 180).</summary>
    public static double DeltaDegrees(uint from, uint to) => (int)(to - from) * (360.0 / TurnsToUnits);

    private static double[] Build(Func<double, double> function)
    {
        var table = new double[FineCount];
        for (int i = 0; i < FineCount; i++)
        {
            table[i] = function((i + 0.5) * (2 * Math.PI / FineCount));
        }
        return table;
    }
}
