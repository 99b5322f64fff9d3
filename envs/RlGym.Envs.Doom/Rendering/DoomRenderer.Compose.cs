using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace RlGym.Envs.Doom.Rendering;

/// <summary>
/// Row composition: every pixel of a row is the row's ceiling or floor colour, or the column's wall colour picked by
/// the brick pattern at the pixel's texel row, chosen with masks 16 (AVX-512) or 8 (AVX2) pixels at a time. Rows
/// above every wall top or below every wall bottom are plain fills.
/// </summary>
internal sealed partial class DoomRenderer
{
    private void ComposeRows()
    {
        Span<uint> frame = _frame;
        for (int y = 0; y < _height; y++)
        {
            Span<uint> row = frame.Slice(y * _width, _width);
            if (y < _minTop || y >= _maxBottom)
            {
                row.Fill(_background[y]);
                continue;
            }
            int x = 0;
            if (Vector512.IsHardwareAccelerated)
            {
                x = ComposeRow512(y, row);
            }
            else if (Vector256.IsHardwareAccelerated)
            {
                x = ComposeRow256(y, row);
            }
            for (; x < _width; x++)
            {
                row[x] = ComposePixel(x, y);
            }
        }
    }

    private uint ComposePixel(int x, int y)
    {
        if (y < _top[x] || y >= _bottom[x])
        {
            return _background[y];
        }
        int texRow = (_vBase[x] + y * _vStep[x]) >> TexelBits;
        bool mortar = (texRow & _rowMask[x]) < WallStyle.Joint || ((texRow & _brickBit[x]) != 0 ? _jointOdd[x] : _jointEven[x]) != 0;
        return (uint)(mortar ? _mortar[x] : _main[x]);
    }

    private int ComposeRow512(int y, Span<uint> row)
    {
        ref uint output = ref MemoryMarshal.GetReference(row);
        var yv = Vector512.Create(y);
        var background = Vector512.Create((int)_background[y]);
        var joint = Vector512.Create(WallStyle.Joint);
        int x = 0;
        for (; x <= _width - Vector512<int>.Count; x += Vector512<int>.Count)
        {
            nuint i = (nuint)x;
            var inWall = Vector512.GreaterThanOrEqual(yv, Load512(_top, i)) & Vector512.LessThan(yv, Load512(_bottom, i));
            var texRow = Vector512.ShiftRightArithmetic(Load512(_vBase, i) + yv * Load512(_vStep, i), TexelBits);
            var across = Vector512.LessThan(texRow & Load512(_rowMask, i), joint);
            var odd = ~Vector512.Equals(texRow & Load512(_brickBit, i), Vector512<int>.Zero);
            var mortar = across | Vector512.ConditionalSelect(odd, Load512(_jointOdd, i), Load512(_jointEven, i));
            var wall = Vector512.ConditionalSelect(mortar, Load512(_mortar, i), Load512(_main, i));
            Vector512.ConditionalSelect(inWall, wall, background).AsUInt32().StoreUnsafe(ref output, i);
        }
        return x;
    }

    private int ComposeRow256(int y, Span<uint> row)
    {
        ref uint output = ref MemoryMarshal.GetReference(row);
        var yv = Vector256.Create(y);
        var background = Vector256.Create((int)_background[y]);
        var joint = Vector256.Create(WallStyle.Joint);
        int x = 0;
        for (; x <= _width - Vector256<int>.Count; x += Vector256<int>.Count)
        {
            nuint i = (nuint)x;
            var inWall = Vector256.GreaterThanOrEqual(yv, Load256(_top, i)) & Vector256.LessThan(yv, Load256(_bottom, i));
            var texRow = Vector256.ShiftRightArithmetic(Load256(_vBase, i) + yv * Load256(_vStep, i), TexelBits);
            var across = Vector256.LessThan(texRow & Load256(_rowMask, i), joint);
            var odd = ~Vector256.Equals(texRow & Load256(_brickBit, i), Vector256<int>.Zero);
            var mortar = across | Vector256.ConditionalSelect(odd, Load256(_jointOdd, i), Load256(_jointEven, i));
            var wall = Vector256.ConditionalSelect(mortar, Load256(_mortar, i), Load256(_main, i));
            Vector256.ConditionalSelect(inWall, wall, background).AsUInt32().StoreUnsafe(ref output, i);
        }
        return x;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<int> Load512(int[] column, nuint x) => Vector512.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(column), x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Load256(int[] column, nuint x) => Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(column), x);
}
