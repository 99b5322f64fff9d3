using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Spaces;

namespace RlGym.Envs.CatMouse.Single;

/// <summary>CatMouse-v0 with <c>Discrete(4)</c> actions (0 up, 1 right, 2 down, 3 left), playable from the keyboard.</summary>
internal sealed class DiscreteCatMouseEnvironment : CatMouseEnvironment<int>, IKeyMap<int>
{
    private readonly Discrete _actions = new(4);

    public DiscreteCatMouseEnvironment(CatMouseSettings settings, RenderMode renderMode, EnvSpec? spec)
        : base(settings, renderMode, spec)
    {
    }

    public override ISpace<int> ActionSpace => _actions;

    public string KeyHelp => "Arrow keys or W/A/S/D move the mouse up, left, down and right.";

    public bool TryMapKey(ConsoleKeyInfo key, out int action)
    {
        Direction? direction = key.Key switch
        {
            ConsoleKey.UpArrow or ConsoleKey.W => Direction.Up,
            ConsoleKey.RightArrow or ConsoleKey.D => Direction.Right,
            ConsoleKey.DownArrow or ConsoleKey.S => Direction.Down,
            ConsoleKey.LeftArrow or ConsoleKey.A => Direction.Left,
            _ => null,
        };
        action = (int)direction.GetValueOrDefault();
        return direction.HasValue;
    }

    protected override Direction Decode(int action)
    {
        if ((uint)action >= 4u)
        {
            throw new InvalidActionException(_actions, action);
        }
        return (Direction)action;
    }
}
