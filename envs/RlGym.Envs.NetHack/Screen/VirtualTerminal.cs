using System.Runtime.InteropServices;
using RlGym.Envs.NetHack.Native;

namespace RlGym.Envs.NetHack.Screen;

/// <summary>
/// An 80x24 terminal emulated by libvterm (through libnethack_bridge.so): feed it the game's bytes, read the screen.
/// </summary>
internal sealed class VirtualTerminal : IDisposable
{
    private readonly TerminalHandle _handle;

    /// <summary>Creates a blank terminal.</summary>
    /// <exception cref="InvalidOperationException">When libvterm cannot make one.</exception>
    public VirtualTerminal()
    {
        _handle = new TerminalHandle(Bridge.TermNew(ScreenBuffer.Rows, ScreenBuffer.Columns));
        if (_handle.IsInvalid)
        {
            throw new InvalidOperationException("libvterm could not create an 80x24 terminal.");
        }
    }

    /// <summary>Blanks the screen and resets every mode, as a new terminal.</summary>
    public void Reset() => Bridge.TermReset(Handle);

    /// <summary>Interprets <paramref name="bytes"/> as terminal output.</summary>
    public unsafe void Write(ReadOnlySpan<byte> bytes)
    {
        fixed (byte* p = bytes)
        {
            Bridge.TermWrite(Handle, p, (nuint)bytes.Length);
        }
    }

    /// <summary>Copies the screen into <paramref name="screen"/>.</summary>
    public unsafe void Read(ScreenBuffer screen)
    {
        int* cursor = stackalloc int[2];
        fixed (byte* chars = screen.Chars)
        fixed (sbyte* colors = screen.Colors)
        {
            Bridge.TermRead(Handle, chars, colors, cursor);
        }
        screen.CursorRow = cursor[0];
        screen.CursorColumn = cursor[1];
    }

    /// <summary>Frees the terminal.</summary>
    public void Dispose() => _handle.Dispose();

    private nint Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
            return _handle.DangerousGetHandle();
        }
    }

    private sealed class TerminalHandle : SafeHandle
    {
        public TerminalHandle(nint handle) : base(0, ownsHandle: true) => SetHandle(handle);

        public override bool IsInvalid => handle == 0;

        protected override bool ReleaseHandle()
        {
            Bridge.TermFree(handle);
            return true;
        }
    }
}
