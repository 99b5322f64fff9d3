using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Vector;
using RlGym.Envs.CatMouse.Single;

namespace RlGym.Envs.CatMouse.Vector;

/// <summary>
/// The state of N CatMouse-v0 games as structure-of-arrays, and the step of any range of them. Game i keeps its own
/// <see cref="Rng"/>, drawn from exactly as a single environment draws, so game i with seed s + i plays as a single
/// environment with that seed would. The outputs (observations, rewards, flags, infos) are the arrays the vector
/// environment hands out. Ranges that do not overlap may be stepped on different threads.
/// </summary>
internal sealed class CatMouseBatch
{
    // Each column's and row's normalised coordinate, so that resets need no division.
    private readonly float[] _columns;
    private readonly float[] _rows;

    public CatMouseBatch(int count, int width, int height, int? maxSteps, AutoresetMode autoreset)
    {
        Count = count;
        Width = width;
        Height = height;
        Limit = maxSteps ?? int.MaxValue;
        Autoreset = autoreset;
        CatX = new int[count];
        CatY = new int[count];
        MouseX = new int[count];
        MouseY = new int[count];
        Steps = new int[count];
        Pending = new int[count];
        Actions = new int[count];
        Started = new bool[count];
        Rngs = new Rng[count];
        for (int i = 0; i < count; i++)
        {
            Rngs[i] = new Rng();
        }
        Observations = new CatMouseObservation[count];
        Rewards = new double[count];
        Terminated = new bool[count];
        Truncated = new bool[count];
        Infos = new Info[count];
        Array.Fill(Infos, Info.Empty);
        _columns = new float[width];
        _rows = new float[height];
        for (int x = 0; x < width; x++)
        {
            _columns[x] = CatMouseRules.Normalise(x, width);
        }
        for (int y = 0; y < height; y++)
        {
            _rows[y] = CatMouseRules.Normalise(y, height);
        }
    }


    public int Count { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The time limit; <see cref="int.MaxValue"/> for none.</summary>
    public int Limit { get; }

    public AutoresetMode Autoreset { get; }

    /// <summary>True to step with Vector256 where the hardware has it; false forces the scalar path (tests compare the two).</summary>
    public bool UseSimd { get; set; } = CatMouseBatchKernel.IsSupported;

    public int[] CatX { get; }

    public int[] CatY { get; }

    public int[] MouseX { get; }

    public int[] MouseY { get; }

    public int[] Steps { get; }

    /// <summary>
    /// -1 or 0 per game. NextStep: -1 when the game ended last step and the next step resets it. Disabled: -1 when
    /// the game ended and waits for a masked reset. SameStep: -1 when the game's info holds a final observation
    /// that the next step clears.
    /// </summary>
    public int[] Pending { get; }

    /// <summary>The actions of the step being taken.</summary>
    public int[] Actions { get; }

    /// <summary>Whether each game has been reset at least once.</summary>
    public bool[] Started { get; }

    public Rng[] Rngs { get; }

    public CatMouseObservation[] Observations { get; }

    public double[] Rewards { get; }

    public bool[] Terminated { get; }

    public bool[] Truncated { get; }

    public Info[] Infos { get; }

    /// <summary>Starts a new episode of game <paramref name="i"/>: at <paramref name="placed"/>, or drawn from its generator.</summary>
    public void ResetGame(int i, Placement? placed)
    {
        var start = placed ?? Placement.Draw(Rngs[i], Width, Height);
        CatX[i] = start.CatX;
        CatY[i] = start.CatY;
        MouseX[i] = start.MouseX;
        MouseY[i] = start.MouseY;
        Steps[i] = 0;
        Pending[i] = 0;
        Started[i] = true;
        Observations[i] = Observe(i);
        if (!ReferenceEquals(Infos[i], Info.Empty))
        {
            Infos[i] = Info.Empty;
        }
    }

    /// <summary>
    /// Steps games [<paramref name="from"/>, <paramref name="to"/>) with <see cref="Actions"/> (already validated).
    /// <paramref name="scratch"/> holds the lists of games needing an autoreset; it must hold to - from + 8 entries.
    /// </summary>
    public void StepRange(int from, int to, Span<int> scratch)
    {
        int i = from;
        if (UseSimd)
        {
            i = CatMouseBatchKernel.StepBlocks(this, from, to, scratch);
        }
        for (; i < to; i++)
        {
            StepGame(i);
        }
    }

    /// <summary>NextStep's reset step: a new episode, reward 0, neither flag.</summary>
    public void AutoresetNow(int i)
    {
        ResetGame(i, null);
        Rewards[i] = 0;
        Terminated[i] = false;
        Truncated[i] = false;
    }

    /// <summary>SameStep: clears last step's final info, and when the game just ended keeps its final observation and resets it.</summary>
    public void FinishSameStep(int i, bool done)
    {
        Pending[i] = 0;
        if (!done)
        {
            Infos[i] = Info.Empty;
            return;
        }
        var final = Observations[i];
        ResetGame(i, null);
        Infos[i] = Info.Empty.With(VectorInfoKeys.FinalObservation, final).With(VectorInfoKeys.FinalInfo, Info.Empty);
        Pending[i] = -1;
    }

    private void StepGame(int i)
    {
        bool wasPending = Pending[i] != 0;
        if (wasPending && Autoreset == AutoresetMode.NextStep)
        {
            AutoresetNow(i);
            return;
        }
        int catX = CatX[i], catY = CatY[i];
        int before = CatMouseRules.Distance(MouseX[i], MouseY[i], catX, catY);
        var (x, y) = CatMouseRules.Move(MouseX[i], MouseY[i], (Direction)Actions[i], Width, Height);
        MouseX[i] = x;
        MouseY[i] = y;
        int steps = ++Steps[i];
        bool caught = x == catX && y == catY;
        Rewards[i] = caught ? CatMouseRules.CaughtReward : CatMouseRules.Distance(x, y, catX, catY) - before;
        Terminated[i] = caught;
        Truncated[i] = steps >= Limit;
        Observations[i] = Observe(i);
        bool done = caught || steps >= Limit;
        if (Autoreset == AutoresetMode.SameStep)
        {
            FinishSameStep(i, done);
        }
        else
        {
            Pending[i] = done ? -1 : 0;
        }
    }

    private CatMouseObservation Observe(int i) => new(_columns[CatX[i]], _rows[CatY[i]], _columns[MouseX[i]], _rows[MouseY[i]]);
}
