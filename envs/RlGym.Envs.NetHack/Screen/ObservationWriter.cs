using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace RlGym.Envs.NetHack.Screen;

/// <summary>
/// Writes NLE-shaped observations (see <see cref="NetHackObservation"/>) of a <see cref="GameView"/> for a chosen list
/// of keys, three ways: a fresh dictionary (what a plain step returns, the caller's to keep), into the arrays of a
/// dictionary made once by <see cref="Allocate"/> (the vector's), or as the keys' bytes one after another in the
/// keys' order into a buffer the caller owns (<see cref="Length"/> bytes: each array's elements as they lie in memory,
/// little-endian). The last two allocate nothing.
/// <para>NetHack built from source: the map, blstats, message, inventory and flags come from the game's own state
/// (<see cref="GameView.State"/>), tty_* from the terminal emulator the game's tty drawing went through; once the game
/// is over the map, message and blstats are zero and the rest keeps its last values, as in NLE. The stock binary:
/// everything from the terminal, all zeros when no game runs.</para>
/// </summary>
internal sealed class ObservationWriter
{
    private const int MapCells = NetHackObservation.MapRows * NetHackObservation.MapColumns;
    private const int ScreenCells = ScreenBuffer.Rows * ScreenBuffer.Columns;

    private readonly string[] _keys;
    private readonly int[] _offsets;
    private readonly int[] _lengths;

    /// <summary>A writer of <paramref name="keys"/> (NLE's names, in the order the observation space lists them).</summary>
    /// <exception cref="ArgumentException">When a key is not one of <see cref="NetHackObservation.AllKeys"/>.</exception>
    public ObservationWriter(IReadOnlyList<string> keys)
    {
        _keys = [.. keys];
        _offsets = new int[_keys.Length];
        _lengths = new int[_keys.Length];
        int offset = 0;
        for (int i = 0; i < _keys.Length; i++)
        {
            _offsets[i] = offset;
            _lengths[i] = ByteLength(_keys[i]);
            offset += _lengths[i];
        }
        Length = offset;
    }

    /// <summary>Bytes an observation takes on the buffered path: every key's bytes one after another.</summary>
    public int Length { get; }

    /// <summary>The keys written, in order.</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>The bytes <paramref name="key"/> takes (its elements times their size).</summary>
    /// <exception cref="ArgumentException">When <paramref name="key"/> is not an observation key.</exception>
    public static int ByteLength(string key) => key switch
    {
        NetHackObservation.Glyphs => MapCells * sizeof(short),
        NetHackObservation.Chars or NetHackObservation.Colors or NetHackObservation.Specials => MapCells,
        NetHackObservation.Blstats => Blstats.Count * sizeof(long),
        NetHackObservation.Message => NetHackObservation.MessageLength,
        NetHackObservation.ProgramState => 6 * sizeof(int),
        NetHackObservation.Internal => 9 * sizeof(int),
        NetHackObservation.InvGlyphs => NetHackObservation.InventorySize * sizeof(short),
        NetHackObservation.InvLetters or NetHackObservation.InvOclasses => NetHackObservation.InventorySize,
        NetHackObservation.InvStrs => NetHackObservation.InventorySize * NetHackObservation.TextLength,
        NetHackObservation.ScreenDescriptions => MapCells * NetHackObservation.TextLength,
        NetHackObservation.TtyChars or NetHackObservation.TtyColors => ScreenCells,
        NetHackObservation.TtyCursor => 2,
        NetHackObservation.Misc => 3 * sizeof(int),
        _ => throw new ArgumentException($"'{key}' is not an observation key.", nameof(key)),
    };

    /// <summary>A new observation with an array of the right type and size for every key, all zero.</summary>
    public Dictionary<string, object> Allocate()
    {
        var observation = new Dictionary<string, object>(_keys.Length, StringComparer.Ordinal);
        foreach (string key in _keys)
        {
            int bytes = ByteLength(key);
            observation[key] = key switch
            {
                NetHackObservation.Glyphs or NetHackObservation.InvGlyphs => new short[bytes / sizeof(short)],
                NetHackObservation.Blstats => new long[bytes / sizeof(long)],
                NetHackObservation.ProgramState or NetHackObservation.Internal or NetHackObservation.Misc => new int[bytes / sizeof(int)],
                NetHackObservation.TtyColors => new sbyte[bytes],
                _ => new byte[bytes],
            };
        }
        return observation;
    }

    /// <summary>A fresh observation of <paramref name="view"/> (<paramref name="running"/>: whether a game runs).</summary>
    public Dictionary<string, object> Write(GameView view, bool running)
    {
        var observation = Allocate();
        Fill(view, running, observation);
        return observation;
    }

    /// <summary>Writes the observation of <paramref name="view"/> into the arrays of <paramref name="observation"/> (made by <see cref="Allocate"/>).</summary>
    public void Fill(GameView view, bool running, IReadOnlyDictionary<string, object> observation)
    {
        foreach (string key in _keys)
        {
            WriteKey(key, view, running, BytesOf(observation[key]));
        }
    }

    /// <summary>Writes the observation of <paramref name="view"/> into <paramref name="destination"/>, every key's bytes one after another.</summary>
    /// <exception cref="ArgumentException">When <paramref name="destination"/> is not <see cref="Length"/> bytes long.</exception>
    public void Write(GameView view, bool running, Span<byte> destination)
    {
        if (destination.Length != Length)
        {
            throw new ArgumentException(
                $"The observation buffer has {destination.Length} bytes; expected {Length} (the keys {string.Join(", ", _keys)}, one after another).",
                nameof(destination));
        }
        for (int i = 0; i < _keys.Length; i++)
        {
            WriteKey(_keys[i], view, running, destination.Slice(_offsets[i], _lengths[i]));
        }
    }

    private static Span<byte> BytesOf(object array) => array switch
    {
        byte[] bytes => bytes,
        sbyte[] signed => MemoryMarshal.AsBytes(signed.AsSpan()),
        short[] shorts => MemoryMarshal.AsBytes(shorts.AsSpan()),
        int[] ints => MemoryMarshal.AsBytes(ints.AsSpan()),
        long[] longs => MemoryMarshal.AsBytes(longs.AsSpan()),
        _ => throw new ArgumentException($"An observation array of {array.GetType()} is not one this writer made."),
    };

    private static void WriteKey(string key, GameView view, bool running, Span<byte> destination)
    {
        if (view.State is not null)
        {
            WriteSourceKey(key, view, destination);
        }
        else if (running)
        {
            WriteTerminalKey(key, view, destination);
        }
        else
        {
            destination.Clear();
        }
    }

    private static void WriteSourceKey(string key, GameView view, Span<byte> destination)
    {
        var state = view.State!;
        var screen = view.Screen;
        switch (key)
        {
            case NetHackObservation.Glyphs: Copy(state.Glyphs, destination); break;
            case NetHackObservation.Chars: state.Chars.CopyTo(destination); break;
            case NetHackObservation.Colors: state.Colors.CopyTo(destination); break;
            case NetHackObservation.Specials: state.Specials.CopyTo(destination); break;
            case NetHackObservation.Blstats: Copy(state.Blstats, destination); break;
            case NetHackObservation.Message: state.Message.CopyTo(destination); break;
            case NetHackObservation.ProgramState: Copy(state.ProgramState, destination); break;
            case NetHackObservation.Internal: Copy(state.Internal, destination); break;
            case NetHackObservation.InvGlyphs: Copy(state.InvGlyphs, destination); break;
            case NetHackObservation.InvLetters: state.InvLetters.CopyTo(destination); break;
            case NetHackObservation.InvOclasses: state.InvOclasses.CopyTo(destination); break;
            case NetHackObservation.InvStrs: state.InvStrs.CopyTo(destination); break;
            case NetHackObservation.ScreenDescriptions:
                if (state.ScreenDescriptions is { } descriptions)
                {
                    descriptions.CopyTo(destination);
                }
                else
                {
                    destination.Clear();
                }
                break;
            case NetHackObservation.TtyChars: screen.Chars.CopyTo(destination); break;
            case NetHackObservation.TtyColors: Copy(screen.Colors, destination); break;
            case NetHackObservation.TtyCursor:
                destination[0] = (byte)screen.CursorRow;
                destination[1] = (byte)screen.CursorColumn;
                break;
            case NetHackObservation.Misc: Copy(state.Misc, destination); break;
            default: throw new ArgumentException($"'{key}' is not an observation key.", nameof(key));
        }
    }

    private static void WriteTerminalKey(string key, GameView view, Span<byte> destination)
    {
        var screen = view.Screen;
        int yesNo = view.Mode == InputMode.YesNo ? 1 : 0;
        int textEntry = view.Mode == InputMode.TextEntry ? 1 : 0;
        int waitingForSpace = view.Mode is InputMode.More or InputMode.Menu ? 1 : 0;
        switch (key)
        {
            case NetHackObservation.Chars:
            case NetHackObservation.Colors:
                for (int row = 0; row < NetHackObservation.MapRows; row++)
                {
                    int from = (row + 1) * ScreenBuffer.Columns, to = row * NetHackObservation.MapColumns;
                    var target = destination.Slice(to, NetHackObservation.MapColumns);
                    if (key == NetHackObservation.Chars)
                    {
                        screen.Chars.AsSpan(from, NetHackObservation.MapColumns).CopyTo(target);
                    }
                    else
                    {
                        DropReverseVideo(MemoryMarshal.AsBytes(screen.Colors.AsSpan(from, NetHackObservation.MapColumns)), target);
                    }
                }
                break;
            case NetHackObservation.Blstats: Copy(view.Blstats, destination); break;
            case NetHackObservation.Message:
                destination.Clear();
                int length = Math.Min(view.MessageText.Length, NetHackObservation.MessageLength - 1);
                Encoding.Latin1.GetBytes(view.MessageText[..length], destination);
                break;
            case NetHackObservation.ProgramState:
            {
                Span<int> values = [view.GameOver ? 1 : 0, 0, 0, view.InGame ? 1 : 0, 0, view.InGame ? 1 : 0];
                Copy(values, destination);
                break;
            }
            case NetHackObservation.Internal:
            {
                Span<int> values =
                [
                    (int)view.DeepestLevel, yesNo, textEntry, waitingForSpace, view.StairsDown ? 1 : 0, 0, 0,
                    (int)Math.Clamp(view.Hunger, int.MinValue, int.MaxValue),
                    (int)Math.Clamp(view.ScoreExperience, int.MinValue, int.MaxValue),
                ];
                Copy(values, destination);
                break;
            }
            case NetHackObservation.TtyChars: screen.Chars.CopyTo(destination); break;
            case NetHackObservation.TtyColors: Copy(screen.Colors, destination); break;
            case NetHackObservation.TtyCursor:
                destination[0] = (byte)screen.CursorRow;
                destination[1] = (byte)screen.CursorColumn;
                break;
            case NetHackObservation.Misc:
            {
                Span<int> values = [yesNo, textEntry, waitingForSpace];
                Copy(values, destination);
                break;
            }
            default:
                throw new ArgumentException($"'{key}' is not observed on the stock binary ({NetHackObservation.Unavailable.GetValueOrDefault(key, "not an observation key")}).", nameof(key));
        }
    }

    private static void Copy<T>(ReadOnlySpan<T> source, Span<byte> destination)
        where T : unmanaged => MemoryMarshal.AsBytes(source).CopyTo(destination);

    private static void Copy<T>(T[] source, Span<byte> destination)
        where T : unmanaged => MemoryMarshal.AsBytes(source.AsSpan()).CopyTo(destination);

    /// <summary>Copies terminal colours (0-31) as map colours (0-15), 16 at a time.</summary>
    private static void DropReverseVideo(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var mask = Vector128.Create((byte)15);
        int i = 0;
        for (; i + Vector128<byte>.Count <= source.Length; i += Vector128<byte>.Count)
        {
            (Vector128.Create(source[i..]) & mask).CopyTo(destination[i..]);
        }
        for (; i < source.Length; i++)
        {
            destination[i] = (byte)(source[i] & 15);
        }
    }
}
