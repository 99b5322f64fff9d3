using System.Runtime.InteropServices;

namespace RlGym.Envs.NetHack.Native;

/// <summary>
/// Where <c>rlnh_observe</c> (native/nethack-src/rl_winport.c) writes each of NLE's keys: one pointer per key, null
/// for a key nobody asked for (it then costs nothing). Same layout as the C struct <c>rlnh_observation</c>.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct GameObservation
{
    public short* Glyphs;
    public byte* Chars;
    public byte* Colors;
    public byte* Specials;
    public long* Blstats;
    public byte* Message;
    public short* InvGlyphs;
    public byte* InvLetters;
    public byte* InvOclasses;
    public byte* InvStrs;
    public byte* ScreenDescriptions;
    public int* ProgramState;
    public int* Internal;
    public int* Misc;
}
