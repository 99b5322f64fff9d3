namespace RlGym.Envs.NetHack.Game;

/// <summary>Receives the bytes a game writes to its terminal, in order, as they are read.</summary>
internal interface IGameOutput
{
    /// <summary>Takes the next chunk of terminal output.</summary>
    void Receive(ReadOnlySpan<byte> bytes);
}
