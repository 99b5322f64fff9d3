using RlGym.Core.Random;

namespace RlGym.Agents.CatMouse.Imitation;

/// <summary>Draws a trainer's weights and start cells from either RlGym's generator or NumPy's legacy one.</summary>
internal sealed class ImitationRandom
{
    private readonly Rng? _rng;
    private readonly NumpyRandomState? _numpy;

    public ImitationRandom(StartCellSource source, ulong seed)
    {
        Source = source;
        if (source == StartCellSource.Numpy)
        {
            if (seed > uint.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(seed), seed, "NumPy's legacy seeding takes a seed from 0 to 4294967295.");
            }
            _numpy = new NumpyRandomState((uint)seed);
        }
        else
        {
            _rng = new Rng(seed);
        }
    }

    public StartCellSource Source { get; }

    /// <summary>A double in [0, 1).</summary>
    public double NextUnit() => _numpy?.RandomSample() ?? _rng!.NextDouble();

    /// <summary>An integer in [0, n).</summary>
    public int NextInt(int n) => _numpy?.RandInt(0, n) ?? _rng!.NextInt(n);

    /// <summary>Writes the generator's state.</summary>
    public void Save(BinaryWriter writer)
    {
        if (_numpy is not null)
        {
            var (key, position) = _numpy.GetState();
            writer.Write(position);
            foreach (uint word in key)
            {
                writer.Write(word);
            }
            return;
        }
        _rng!.GetState().Write(writer);
    }

    /// <summary>Restores a state written by <see cref="Save"/> for the same source.</summary>
    public void Load(BinaryReader reader)
    {
        if (_numpy is not null)
        {
            int position = reader.ReadInt32();
            var key = new uint[624];
            for (int i = 0; i < key.Length; i++)
            {
                key[i] = reader.ReadUInt32();
            }
            _numpy.SetState(key, position);
            return;
        }
        _rng!.SetState(RngState.Read(reader));
    }
}
