using RlGym.Core.Random;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.CatMouse.Evaluation;

/// <summary>
/// A fixed set of games to measure a brain on: start cells, the role, and the number of moves a game lasts.
/// <see cref="Standard"/> is the set every figure in this project quotes: 1,000 games of 10 moves on the seed's 6 x 6
/// grid, start cells drawn from <c>new Rng(<see cref="StandardSeed"/>)</c> in the order cat x, cat y, mouse x, mouse y
/// (each <c>NextInt(width or height)</c>); for the cat the mouse is redrawn (x, then y) while on the cat's cell.
/// </summary>
public sealed class EvaluationSet
{
    /// <summary>The seed of the standard set's start cells.</summary>
    public const ulong StandardSeed = 1001;

    /// <summary>The number of games in the standard set.</summary>
    public const int StandardGames = 1000;

    private readonly CatMouseState[] _starts;

    private EvaluationSet(BrainRole role, CatMouseState[] starts, int moves)
    {
        Role = role;
        _starts = starts;
        Moves = moves;
    }

    /// <summary>The role whose teacher the brain is measured against.</summary>
    public BrainRole Role { get; }

    /// <summary>The start of every game, in order.</summary>
    public IReadOnlyList<CatMouseState> Starts => _starts;

    /// <summary>The number of games.</summary>
    public int Games => _starts.Length;

    /// <summary>The moves a game lasts (a cat game ends earlier on a catch).</summary>
    public int Moves { get; }

    /// <summary>The standard set for <paramref name="role"/>: 1,000 games of 10 moves on 6 x 6, seed <see cref="StandardSeed"/>.</summary>
    public static EvaluationSet Standard(BrainRole role) =>
        Create(role, StandardGames, StandardSeed, 6, 6, CatMouseEnvironments.GameLength);

    /// <summary>A set of <paramref name="games"/> games whose start cells come from <c>new Rng(<paramref name="seed"/>)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the number of games or moves is not positive or a side is under 2 cells.</exception>
    public static EvaluationSet Create(BrainRole role, int games, ulong seed, int width, int height, int moves)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(games, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 2);
        var rng = new Rng(seed);
        var starts = new CatMouseState[games];
        for (int i = 0; i < games; i++)
        {
            starts[i] = RoleGame.Start(rng, role, width, height);
        }
        return FromStarts(role, starts, moves);
    }

    /// <summary>A set of the given start states (their <c>Step</c> is ignored and taken as 0).</summary>
    /// <exception cref="ArgumentException">When there are no starts, a start is off its grid, or a cat game starts caught.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="moves"/> is not positive.</exception>
    public static EvaluationSet FromStarts(BrainRole role, IEnumerable<CatMouseState> starts, int moves)
    {
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentOutOfRangeException.ThrowIfLessThan(moves, 1);
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "A brain role is Mouse (0) or Cat (1).");
        }
        var copy = starts.Select(s => s with { Step = 0 }).ToArray();
        if (copy.Length == 0)
        {
            throw new ArgumentException("An evaluation set needs at least one start.", nameof(starts));
        }
        foreach (var s in copy)
        {
            bool onGrid = s.Width >= 2 && s.Height >= 2
                && (uint)s.CatX < (uint)s.Width && (uint)s.MouseX < (uint)s.Width
                && (uint)s.CatY < (uint)s.Height && (uint)s.MouseY < (uint)s.Height;
            if (!onGrid)
            {
                throw new ArgumentException($"Start {s} is off its {s.Width}x{s.Height} grid.", nameof(starts));
            }
            if (role == BrainRole.Cat && s.SameCell)
            {
                throw new ArgumentException($"Start {s} puts the cat on the mouse; a cat game starts with them apart.", nameof(starts));
            }
        }
        return new EvaluationSet(role, copy, moves);
    }
}
