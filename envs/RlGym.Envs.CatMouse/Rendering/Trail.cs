namespace RlGym.Envs.CatMouse.Rendering;

/// <summary>The last cells a piece visited, oldest first, in a fixed ring (no allocation once made).</summary>
internal sealed class Trail
{
    /// <summary>How many cells a trail keeps; older ones drop off.</summary>
    public const int Capacity = 64;

    private readonly int[] _x = new int[Capacity];
    private readonly int[] _y = new int[Capacity];
    private int _start;

    /// <summary>How many cells the trail holds.</summary>
    public int Count { get; private set; }

    /// <summary>The <paramref name="index"/>-th cell, 0 being the oldest kept.</summary>
    public (int X, int Y) this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            int slot = (_start + index) % Capacity;
            return (_x[slot], _y[slot]);
        }
    }

    /// <summary>Forgets every cell.</summary>
    public void Clear()
    {
        _start = 0;
        Count = 0;
    }

    /// <summary>Appends a cell, dropping the oldest when full.</summary>
    public void Add(int x, int y)
    {
        int slot = (_start + Count) % Capacity;
        _x[slot] = x;
        _y[slot] = y;
        if (Count < Capacity)
        {
            Count++;
        }
        else
        {
            _start = (_start + 1) % Capacity;
        }
    }
}
