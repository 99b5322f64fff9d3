namespace RlGym.Core.Rendering.Gif;

/// <summary>
/// GIF's variable-length LZW compression of 8-bit pixel indices: codes start at 9 bits, grow to 12, and a clear code
/// restarts the dictionary when it fills. Output is packed least significant bit first and cut into sub-blocks of at
/// most 255 bytes, as the format requires.
/// </summary>
internal sealed class LzwEncoder
{
    private const int MinCodeSize = 8;
    private const int ClearCode = 1 << MinCodeSize;
    private const int EndCode = ClearCode + 1;
    private const int MaxCode = 4096;
    private const int TableSize = 1 << 14;

    private readonly int[] _keys = new int[TableSize];
    private readonly short[] _codes = new short[TableSize];
    private readonly byte[] _block = new byte[255];
    private Stream _output = Stream.Null;
    private int _blockLength;
    private int _bitBuffer;
    private int _bitCount;
    private int _codeSize;
    private int _next;

    /// <summary>Writes the minimum code size, the compressed <paramref name="indices"/> in sub-blocks, and the block terminator.</summary>
    public void Encode(ReadOnlySpan<byte> indices, Stream output)
    {
        _output = output;
        output.WriteByte(MinCodeSize);
        _blockLength = _bitBuffer = _bitCount = 0;
        ResetTable();
        Emit(ClearCode);
        if (indices.Length > 0)
        {
            int prefix = indices[0];
            for (int i = 1; i < indices.Length; i++)
            {
                int symbol = indices[i];
                int key = (prefix << 8) | symbol;
                int slot = Find(key);
                if (_keys[slot] == key)
                {
                    prefix = _codes[slot];
                    continue;
                }
                Emit(prefix);
                if (_next < MaxCode)
                {
                    _keys[slot] = key;
                    _codes[slot] = (short)_next++;
                    if (_next > 1 << _codeSize && _codeSize < 12)
                    {
                        _codeSize++;
                    }
                }
                else
                {
                    Emit(ClearCode);
                    ResetTable();
                }
                prefix = symbol;
            }
            Emit(prefix);
        }
        Emit(EndCode);
        if (_bitCount > 0)
        {
            Put((byte)_bitBuffer);
        }
        FlushBlock();
        output.WriteByte(0);
    }

    private void ResetTable()
    {
        Array.Fill(_keys, -1);
        _codeSize = MinCodeSize + 1;
        _next = EndCode + 1;
    }

    private int Find(int key)
    {
        int slot = (int)((uint)(key * -1640531535) >> 18);
        while (_keys[slot] != -1 && _keys[slot] != key)
        {
            slot = (slot + 1) & (TableSize - 1);
        }
        return slot;
    }

    private void Emit(int code)
    {
        _bitBuffer |= code << _bitCount;
        _bitCount += _codeSize;
        while (_bitCount >= 8)
        {
            Put((byte)_bitBuffer);
            _bitBuffer >>= 8;
            _bitCount -= 8;
        }
    }

    private void Put(byte value)
    {
        _block[_blockLength++] = value;
        if (_blockLength == _block.Length)
        {
            FlushBlock();
        }
    }

    private void FlushBlock()
    {
        if (_blockLength == 0)
        {
            return;
        }
        _output.WriteByte((byte)_blockLength);
        _output.Write(_block, 0, _blockLength);
        _blockLength = 0;
    }
}
