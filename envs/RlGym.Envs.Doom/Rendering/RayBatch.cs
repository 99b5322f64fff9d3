using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RlGym.Envs.Doom.Rendering;

/// <summary>
/// Grid traversal (digital differential analysis) for all the columns of a frame, in 16.16 fixed point so that the
/// AVX-512 kernel (16 rays a step, wall cells fetched with two AVX2 gathers) and the scalar kernel give identical hits. In the
/// vector kernel rays keep stepping after their hit, so the step chain never waits for a gather: a hit is only
/// recorded, and the loop ends when every ray has recorded one.
/// </summary>
internal sealed class RayBatch
{
    private const int Lanes = 16;
    private const int One = 1 << 16;

    /// <summary>A ray parallel to a grid axis never crosses its lines: a step this long (in cells) stands for never.</summary>
    private const float Never = 16384;

    private readonly int _count;
    private readonly int[] _sideX, _sideY, _deltaX, _deltaY, _stepCell, _stepX, _stepY, _hitSide, _hitX, _hitY, _hitTexture;
    private DoomMap? _map;
    private int[] _cells = [];
    private int _startX, _startY, _maxSteps;

    public RayBatch(int count)
    {
        _count = count;
        int padded = (count + Lanes - 1) / Lanes * Lanes;
        _sideX = new int[padded];
        _sideY = new int[padded];
        _deltaX = new int[padded];
        _deltaY = new int[padded];
        _stepCell = new int[padded];
        _stepX = new int[padded];
        _stepY = new int[padded];
        _hitSide = new int[padded];
        _hitX = new int[padded];
        _hitY = new int[padded];
        _hitTexture = new int[padded];
    }

    /// <summary>Sets up one ray per column from the camera (cells) and its direction and plane.</summary>
    public void Prepare(DoomMap map, float x, float y, float dirX, float dirY, float planeX, float planeY, ReadOnlySpan<float> cameraX)
    {
        if (!ReferenceEquals(map, _map))
        {
            _map = map;
            _cells = new int[map.Width * map.Height];
            for (int i = 0; i < _cells.Length; i++)
            {
                _cells[i] = map.Cells[i];
            }
            _maxSteps = 2 * (map.Width + map.Height) + 4;
        }
        _startX = (int)MathF.Floor(x);
        _startY = (int)MathF.Floor(y);
        int width = map.Width;
        for (int c = 0; c < _sideX.Length; c++)
        {
            float camera = cameraX[Math.Min(c, _count - 1)];
            float rayX = dirX + planeX * camera, rayY = dirY + planeY * camera;
            int deltaX = Fixed(rayX == 0 ? Never : MathF.Abs(1f / rayX));
            int deltaY = Fixed(rayY == 0 ? Never : MathF.Abs(1f / rayY));
            float fracX = rayX < 0 ? x - _startX : _startX + 1 - x;
            float fracY = rayY < 0 ? y - _startY : _startY + 1 - y;
            _deltaX[c] = deltaX;
            _deltaY[c] = deltaY;
            _sideX[c] = (int)(fracX * (double)deltaX);
            _sideY[c] = (int)(fracY * (double)deltaY);
            _stepX[c] = rayX < 0 ? -1 : 1;
            _stepY[c] = rayY < 0 ? -1 : 1;
            _stepCell[c] = rayY < 0 ? -width : width;
        }
    }

    /// <summary>Finds every ray's first wall.</summary>
    public void Traverse()
    {
        int c = 0;
        if (Vector512.IsHardwareAccelerated && Avx2.IsSupported)
        {
            for (; c + Lanes <= _sideX.Length; c += Lanes)
            {
                Traverse16(c);
            }
        }
        for (; c < _count; c++)
        {
            TraverseOne(c);
        }
    }

    /// <summary>Column <paramref name="c"/>'s hit: 0 when it crossed a vertical grid line last (1 for horizontal), the wall cell, its texture.</summary>
    public (int Side, int MapX, int MapY, int Texture) Hit(int c) => (_hitSide[c], _hitX[c], _hitY[c], _hitTexture[c]);

    /// <summary>The scalar kernel, for the columns the vector kernel leaves and for machines without AVX-512.</summary>
    internal void TraverseOne(int c)
    {
        int sideX = _sideX[c], sideY = _sideY[c], deltaX = _deltaX[c], deltaY = _deltaY[c];
        int stepX = _stepX[c], stepY = _stepY[c], stepCell = _stepCell[c];
        int mapX = _startX, mapY = _startY, cell = _startY * _map!.Width + _startX;
        int alongX = 0, texture = 1;
        int[] cells = _cells;
        for (int step = 0; step < _maxSteps; step++)
        {
            alongX = (sideX - sideY) >> 31;
            sideX += deltaX & alongX;
            sideY += deltaY & ~alongX;
            cell += (stepX & alongX) | (stepCell & ~alongX);
            mapX += stepX & alongX;
            mapY += stepY & ~alongX;
            if ((uint)cell >= (uint)cells.Length)
            {
                texture = 1;
                break;
            }
            texture = cells[cell];
            if (texture != 0)
            {
                break;
            }
        }
        _hitSide[c] = alongX == 0 ? 1 : 0;
        _hitX[c] = mapX;
        _hitY[c] = mapY;
        _hitTexture[c] = texture;
    }

    private unsafe void Traverse16(int c)
    {
        nuint at = (nuint)c;
        var sideX = Load(_sideX, at);
        var sideY = Load(_sideY, at);
        var deltaX = Load(_deltaX, at);
        var deltaY = Load(_deltaY, at);
        var stepX = Load(_stepX, at);
        var stepY = Load(_stepY, at);
        var stepCell = Load(_stepCell, at);
        var mapX = Vector512.Create(_startX);
        var mapY = Vector512.Create(_startY);
        var cell = Vector512.Create(_startY * _map!.Width + _startX);
        var last = Vector512.Create(_cells.Length - 1);
        var hitSide = Vector512.Create(1);
        var hitX = mapX;
        var hitY = mapY;
        var hitTexture = Vector512.Create(1);
        var active = Vector512<int>.AllBitsSet;
        fixed (int* cells = _cells)
        {
            for (int step = 0; step < _maxSteps; step++)
            {
                var alongX = Vector512.ShiftRightArithmetic(sideX - sideY, 31);
                sideX += deltaX & alongX;
                sideY += Vector512.AndNot(deltaY, alongX);
                cell += Vector512.ConditionalSelect(alongX, stepX, stepCell);
                mapX += stepX & alongX;
                mapY += Vector512.AndNot(stepY, alongX);
                var index = Vector512.Min(Vector512.Max(cell, Vector512<int>.Zero), last);
                var texture = Vector512.Create(Avx2.GatherVector256(cells, index.GetLower(), 4), Avx2.GatherVector256(cells, index.GetUpper(), 4));
                texture = Vector512.ConditionalSelect(Vector512.Equals(index, cell), texture, Vector512<int>.One);
                var hit = active & ~Vector512.Equals(texture, Vector512<int>.Zero);
                hitSide = Vector512.ConditionalSelect(hit, Vector512.AndNot(Vector512<int>.One, alongX), hitSide);
                hitX = Vector512.ConditionalSelect(hit, mapX, hitX);
                hitY = Vector512.ConditionalSelect(hit, mapY, hitY);
                hitTexture = Vector512.ConditionalSelect(hit, texture, hitTexture);
                active = Vector512.AndNot(active, hit);
                if (active == Vector512<int>.Zero)
                {
                    break;
                }
            }
        }
        hitSide.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(_hitSide), at);
        hitX.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(_hitX), at);
        hitY.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(_hitY), at);
        hitTexture.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(_hitTexture), at);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<int> Load(int[] values, nuint at) => Vector512.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(values), at);

    /// <summary>Cells as 16.16 fixed point, capped at <see cref="Never"/>.</summary>
    private static int Fixed(float cells) => (int)(Math.Min(cells, Never) * One);
}
