using RlGym.Core;
using RlGym.Core.Random;

namespace RlGym.Envs.Doom.World;

/// <summary>
/// The simulation: one player, monsters and items on a grid map, advanced one tic (1/35 s) at a time with Doom's
/// walking thrust and friction, a hitscan pistol, monsters that see, chase and attack, and the scenario's rules and
/// rewards. Allocates nothing per tic. Randomness comes only from the <see cref="Rng"/> given to <see cref="Reset"/>.
/// </summary>
internal sealed partial class DoomWorld
{
    /// <summary>The most objects at once (labels are one byte, 0 meaning none).</summary>
    public const int MaxThings = 254;

    private readonly Thing[] _things = new Thing[MaxThings];
    private readonly DoomObject[] _view = new DoomObject[MaxThings];
    private readonly (int Rule, int DueTic)[] _respawns = new (int, int)[MaxThings];
    private readonly int[] _flow;
    private readonly int[] _flowQueue;
    private Rng _rng = new(0);
    private int _count;
    private int _respawnCount;
    private int _flowCell = -1;
    private int _nextId;
    private int _medkitsOnFloor;
    private double _goalDistance;

    public DoomWorld(DoomScenario scenario, DoomMap map)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(map);
        scenario.Validate();
        foreach (var spawn in scenario.Spawns)
        {
            if (spawn.Count > 0 && map.SpawnCells(spawn.Kind).Count == 0)
            {
                throw new UserInputException(
                    $"Scenario '{scenario.Id}' spawns {spawn.Kind} monsters but map '{map.Name}' has no spawn cell for them; mark some with '{char.ToLowerInvariant(spawn.Kind.ToString()[0])}'.");
            }
        }
        if ((scenario.InitialMedkits > 0 || scenario.MedkitDropPeriodTics > 0) && map.FloorCells.Count == 0)
        {
            throw new UserInputException($"Scenario '{scenario.Id}' drops medkits but map '{map.Name}' has no floor cell.");
        }
        Scenario = scenario;
        Map = map;
        _flow = new int[map.Width * map.Height];
        _flowQueue = new int[map.Width * map.Height];
    }

    public DoomScenario Scenario { get; }

    public DoomMap Map { get; }

    /// <summary>Tics since the episode started.</summary>
    public int Tic { get; private set; }

    /// <summary>The objects as the privileged state shows them (valid after <see cref="SyncView"/>).</summary>
    public ReadOnlySpan<DoomObject> Objects => _view.AsSpan(0, _count);

    /// <summary>The live records, for the renderer.</summary>
    public ReadOnlySpan<Thing> Things => _things.AsSpan(0, _count);

    /// <summary>Starts an episode: places the player at a random start, the map's objects and the scenario's spawns.</summary>
    public void Reset(Rng rng)
    {
        _rng = rng;
        Tic = 0;
        _count = 0;
        _respawnCount = 0;
        _nextId = 0;
        _medkitsOnFloor = 0;
        _flowCell = -1;
        ResetPlayer();
        foreach (var placement in Map.Placements)
        {
            var (x, y) = new MapCell(placement.CellX, placement.CellY).Centre;
            Add(placement.Kind, x, y, ThingInfo.Of(placement.Kind).Health, passive: false, rule: -1);
        }
        for (int rule = 0; rule < Scenario.Spawns.Count; rule++)
        {
            for (int n = 0; n < Scenario.Spawns[rule].Count; n++)
            {
                SpawnMonster(rule);
            }
        }
        for (int n = 0; n < Scenario.InitialMedkits; n++)
        {
            DropMedkit();
        }
        _goalDistance = GoalDistance();
        SyncView();
    }

    /// <summary>Advances one tic with the buttons in <paramref name="buttons"/> (bit i set = button i of <see cref="DoomButton"/> held).</summary>
    public TicResult Tick(int buttons)
    {
        Tic++;
        double reward = 0;
        bool goal = false;
        PlayerThink(buttons, ref reward);
        PickUp(ref goal);
        MonstersThink();
        ScenarioRules();
        if (goal)
        {
            reward += Scenario.GoalReward;
        }
        if (Scenario.ProgressReward != 0)
        {
            double distance = GoalDistance();
            reward += (_goalDistance - distance) * Scenario.ProgressReward;
            _goalDistance = distance;
        }
        bool terminated = goal && Scenario.EndAtGoal;
        if (_health <= 0)
        {
            _dead = true;
            reward += Scenario.DeathReward;
            terminated = true;
        }
        else
        {
            reward += Scenario.LivingReward;
        }
        if (Scenario.EndWhenMonstersDead && _kills > 0 && _respawnCount == 0 && !AnyMonster())
        {
            terminated = true;
        }
        return new TicResult(reward, terminated);
    }

    /// <summary>Copies the live records into <see cref="Objects"/>.</summary>
    public void SyncView()
    {
        for (int i = 0; i < _count; i++)
        {
            _view[i] = _things[i].ToObject();
        }
    }

    private bool AnyMonster()
    {
        for (int i = 0; i < _count; i++)
        {
            if (_things[i].Kind.IsMonster())
            {
                return true;
            }
        }
        return false;
    }

    private double GoalDistance()
    {
        double best = 0;
        bool found = false;
        for (int i = 0; i < _count; i++)
        {
            if (_things[i].Kind == DoomObjectKind.GreenArmor)
            {
                double d = Math.Sqrt(Square(_things[i].X - _x) + Square(_things[i].Y - _y));
                if (!found || d < best)
                {
                    best = d;
                    found = true;
                }
            }
        }
        return found ? best : _goalDistance;
    }

    private static double Square(double v) => v * v;

    private int Add(DoomObjectKind kind, double x, double y, int health, bool passive, int rule)
    {
        if (_count == MaxThings)
        {
            return -1;
        }
        _things[_count] = new Thing
        {
            Id = _nextId++,
            Kind = kind,
            X = x,
            Y = y,
            Angle = Angles.Of(_x - x, _y - y),
            Health = health,
            Passive = passive,
            SpawnRule = rule,
        };
        if (kind == DoomObjectKind.Medkit)
        {
            _medkitsOnFloor++;
        }
        return _count++;
    }

    private void Remove(int index)
    {
        if (_things[index].Kind == DoomObjectKind.Medkit)
        {
            _medkitsOnFloor--;
        }
        Array.Copy(_things, index + 1, _things, index, _count - index - 1);
        _count--;
    }
}
