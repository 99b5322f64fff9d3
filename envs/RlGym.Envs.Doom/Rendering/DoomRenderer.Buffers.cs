namespace RlGym.Envs.Doom.Rendering;

/// <summary>
/// The depth and labels buffers of the last frame (ViZDoom's depth_buffer and labels_buffer), computed on first use
/// from the same walls and sprites. Depth is the distance from the camera plane in map units; a label is the object's
/// index in the privileged state's objects plus one (0 where no object shows). The pistol appears in neither.
/// </summary>
internal sealed partial class DoomRenderer
{
    private readonly float[] _depth;
    private readonly byte[] _labels;
    private bool _depthReady;
    private bool _labelsReady;

    /// <summary>Per-pixel depth in map units, row-major.</summary>
    public ReadOnlySpan<float> Depth
    {
        get
        {
            if (!_depthReady)
            {
                BuildDepth();
                _depthReady = true;
            }
            return _depth;
        }
    }

    /// <summary>Per-pixel object labels, row-major.</summary>
    public ReadOnlySpan<byte> Labels
    {
        get
        {
            if (!_labelsReady)
            {
                Array.Clear(_labels);
                Rasterize(new LabelWriter(_labels));
                _labelsReady = true;
            }
            return _labels;
        }
    }

    /// <summary>The distance in map units from the camera plane to the wall seen in <paramref name="column"/>.</summary>
    public float WallDepth(int column) => _wallDepth[column] * DoomMap.CellSize;

    /// <summary>The first and one-past-last rows of the wall in <paramref name="column"/>.</summary>
    public (int Top, int Bottom) WallSpan(int column) => (_top[column], _bottom[column]);

    /// <summary>The ceiling or floor colour of <paramref name="row"/>.</summary>
    public uint Background(int row) => _background[row];

    private void BuildDepth()
    {
        for (int y = 0; y < _height; y++)
        {
            float floor = _rowDepth[y] * DoomMap.CellSize;
            Span<float> row = _depth.AsSpan(y * _width, _width);
            for (int x = 0; x < _width; x++)
            {
                row[x] = y >= _top[x] && y < _bottom[x] ? _wallDepth[x] * DoomMap.CellSize : floor;
            }
        }
        Rasterize(new DepthWriter(_depth));
    }

    private struct LabelWriter(byte[] labels) : ISpritePixelWriter
    {
        private byte _label;

        public void Begin(in SpriteDraw draw) => _label = draw.Label;

        public readonly void Write(int pixel, byte index) => labels[pixel] = _label;
    }

    private struct DepthWriter(float[] depth) : ISpritePixelWriter
    {
        private float _value;

        public void Begin(in SpriteDraw draw) => _value = draw.Depth * DoomMap.CellSize;

        public readonly void Write(int pixel, byte index) => depth[pixel] = _value;
    }
}
