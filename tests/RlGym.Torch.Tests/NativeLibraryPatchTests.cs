using System.Text;

namespace RlGym.Torch.Tests;

/// <summary>
/// The build (Directory.Build.targets) marks libLibTorchSharp.so's need for GLIBCXX_3.4.32 weak in the output copy,
/// the one the tests load. This reads the ELF file independently of the build task and checks the flag.
/// </summary>
public sealed class NativeLibraryPatchTests
{
    private const ushort Weak = 0x2;

    [Fact]
    public void The_output_copy_needs_GLIBCXX_3_4_32_only_weakly()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        string path = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        Assert.True(File.Exists(path), $"{path} is missing from the test output");
        var flags = VersionNeedFlags(File.ReadAllBytes(path));
        Assert.True(flags.TryGetValue("GLIBCXX_3.4.32", out ushort weakOne), "the library no longer needs GLIBCXX_3.4.32; the build step can go");
        Assert.Equal(Weak, (ushort)(weakOne & Weak));
        Assert.All(flags.Where(f => f.Key != "GLIBCXX_3.4.32"), f => Assert.Equal(0, f.Value & Weak));
    }

    // Version name -> vna_flags for every Vernaux entry of the .gnu.version_r section (ELF64, little-endian).
    private static Dictionary<string, ushort> VersionNeedFlags(byte[] elf)
    {
        long sections = BitConverter.ToInt64(elf, 0x28);
        int size = BitConverter.ToUInt16(elf, 0x3a), count = BitConverter.ToUInt16(elf, 0x3c);
        var result = new Dictionary<string, ushort>();
        for (int i = 0; i < count; i++)
        {
            int header = checked((int)(sections + (long)i * size));
            if (BitConverter.ToUInt32(elf, header + 4) != 0x6ffffffe)
            {
                continue;
            }
            int strings = (int)BitConverter.ToInt64(elf, checked((int)(sections + BitConverter.ToUInt32(elf, header + 40) * (long)size + 24)));
            int need = (int)BitConverter.ToInt64(elf, header + 24);
            for (uint n = 0, needs = BitConverter.ToUInt32(elf, header + 44); n < needs; n++)
            {
                int aux = need + (int)BitConverter.ToUInt32(elf, need + 8);
                for (int a = 0, auxes = BitConverter.ToUInt16(elf, need + 2); a < auxes; a++)
                {
                    result[Name(elf, strings + (int)BitConverter.ToUInt32(elf, aux + 8))] = BitConverter.ToUInt16(elf, aux + 4);
                    aux += (int)BitConverter.ToUInt32(elf, aux + 12);
                }
                need += (int)BitConverter.ToUInt32(elf, need + 12);
            }
        }
        return result;
    }

    private static string Name(byte[] elf, int start)
    {
        int end = Array.IndexOf(elf, (byte)0, start);
        return Encoding.ASCII.GetString(elf, start, end - start);
    }
}
