using System.Runtime.InteropServices;

namespace RlGym.Envs.NetHack.Native;

/// <summary>A NULL-terminated array of UTF-8 C strings (argv, envp) in unmanaged memory, freed on dispose.</summary>
internal sealed class NativeStringArray : IDisposable
{
    private readonly nint[] _strings;
    private nint _array;

    public NativeStringArray(IReadOnlyList<string> strings)
    {
        _strings = new nint[strings.Count];
        _array = Marshal.AllocHGlobal(nint.Size * (strings.Count + 1));
        for (int i = 0; i < strings.Count; i++)
        {
            _strings[i] = Marshal.StringToCoTaskMemUTF8(strings[i]);
            Marshal.WriteIntPtr(_array, i * nint.Size, _strings[i]);
        }
        Marshal.WriteIntPtr(_array, strings.Count * nint.Size, 0);
    }

    /// <summary>The address of the array.</summary>
    public nint Pointer => _array;

    public void Dispose()
    {
        foreach (nint s in _strings)
        {
            Marshal.FreeCoTaskMem(s);
        }
        if (_array != 0)
        {
            Marshal.FreeHGlobal(_array);
            _array = 0;
        }
    }
}
