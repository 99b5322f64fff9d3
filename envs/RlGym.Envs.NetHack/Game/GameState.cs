using RlGym.Envs.NetHack.Native;

namespace RlGym.Envs.NetHack.Game;

/// <summary>
/// NLE's observation as the game built from source reports it (<see cref="LibraryGame.Observe"/>): every key but the
/// terminal's, in arrays owned here and refilled in place; <c>screen_descriptions</c> only when asked for.
/// </summary>
internal sealed class GameState
{
    private const int MapCells = NetHackObservation.MapRows * NetHackObservation.MapColumns;

    /// <summary>Makes the arrays; <paramref name="descriptions"/> says whether screen descriptions are filled.</summary>
    public GameState(bool descriptions) =>
        ScreenDescriptions = descriptions ? new byte[MapCells * NetHackObservation.TextLength] : null;

    /// <summary>glyphs (21x79).</summary>
    public short[] Glyphs { get; } = new short[MapCells];

    /// <summary>chars (21x79).</summary>
    public byte[] Chars { get; } = new byte[MapCells];

    /// <summary>colors (21x79).</summary>
    public byte[] Colors { get; } = new byte[MapCells];

    /// <summary>specials (21x79).</summary>
    public byte[] Specials { get; } = new byte[MapCells];

    /// <summary>blstats (27), NLE's order and x/y.</summary>
    public long[] Blstats { get; } = new long[NetHack.Blstats.Count];

    /// <summary>message (256).</summary>
    public byte[] Message { get; } = new byte[NetHackObservation.MessageLength];

    /// <summary>inv_glyphs (55).</summary>
    public short[] InvGlyphs { get; } = new short[NetHackObservation.InventorySize];

    /// <summary>inv_letters (55).</summary>
    public byte[] InvLetters { get; } = new byte[NetHackObservation.InventorySize];

    /// <summary>inv_oclasses (55).</summary>
    public byte[] InvOclasses { get; } = new byte[NetHackObservation.InventorySize];

    /// <summary>inv_strs (55x80).</summary>
    public byte[] InvStrs { get; } = new byte[NetHackObservation.InventorySize * NetHackObservation.TextLength];

    /// <summary>screen_descriptions (21x79x80), or null when not asked for.</summary>
    public byte[]? ScreenDescriptions { get; }

    /// <summary>program_state (6).</summary>
    public int[] ProgramState { get; } = new int[6];

    /// <summary>internal (9).</summary>
    public int[] Internal { get; } = new int[9];

    /// <summary>misc (3).</summary>
    public int[] Misc { get; } = new int[3];

    /// <summary>Reads the running game's state.</summary>
    public unsafe void Read(LibraryGame game)
    {
        fixed (short* glyphs = Glyphs, invGlyphs = InvGlyphs)
        fixed (byte* chars = Chars, colors = Colors, specials = Specials, message = Message, letters = InvLetters,
               classes = InvOclasses, strs = InvStrs, descriptions = ScreenDescriptions)
        fixed (long* blstats = Blstats)
        fixed (int* programState = ProgramState, internalState = Internal, misc = Misc)
        {
            var observation = new GameObservation
            {
                Glyphs = glyphs, Chars = chars, Colors = colors, Specials = specials, Blstats = blstats, Message = message,
                InvGlyphs = invGlyphs, InvLetters = letters, InvOclasses = classes, InvStrs = strs,
                ScreenDescriptions = descriptions, ProgramState = programState, Internal = internalState, Misc = misc,
            };
            game.Observe(ref observation);
        }
    }

    /// <summary>What NLE shows once the game is over: the map, the message and blstats zeroed, the rest kept.</summary>
    public void EndGame()
    {
        Array.Clear(Glyphs);
        Array.Clear(Chars);
        Array.Clear(Colors);
        Array.Clear(Specials);
        Array.Clear(Blstats);
        Array.Clear(Message);
        if (ScreenDescriptions is not null)
        {
            Array.Clear(ScreenDescriptions);
        }
    }

    /// <summary>Copies everything from <paramref name="other"/> (same shape; the descriptions only when both have them).</summary>
    public void CopyFrom(GameState other)
    {
        other.Glyphs.CopyTo(Glyphs, 0);
        other.Chars.CopyTo(Chars, 0);
        other.Colors.CopyTo(Colors, 0);
        other.Specials.CopyTo(Specials, 0);
        other.Blstats.CopyTo(Blstats, 0);
        other.Message.CopyTo(Message, 0);
        other.InvGlyphs.CopyTo(InvGlyphs, 0);
        other.InvLetters.CopyTo(InvLetters, 0);
        other.InvOclasses.CopyTo(InvOclasses, 0);
        other.InvStrs.CopyTo(InvStrs, 0);
        if (ScreenDescriptions is not null)
        {
            other.ScreenDescriptions?.CopyTo(ScreenDescriptions, 0);
        }
        other.ProgramState.CopyTo(ProgramState, 0);
        other.Internal.CopyTo(Internal, 0);
        other.Misc.CopyTo(Misc, 0);
    }
}
