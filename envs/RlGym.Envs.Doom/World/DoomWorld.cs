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
    private readonly (int Rule, int DueTic, int Health)[] _respawns = new (int, int, int)[MaxThings];
    private readonly int[] _respawnsOf;
    private readonly int[] _flow;
    private readonly int[] _flowQueue;
    private Rng _rng = new(0);
    private int _count;
    private int _respawnCount;
    private int _flowCell = -1;
    private int _nextId;
    private int _medkitsOnFloor;
    private double _progressX;
    private double _pendingReward;
    private bool _viewStale;

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
        _respawnsOf = new int[scenario.Spawns.Count];
        _flow = new int[map.Width * map.Height];
        _flowQueue = new int[map.Width * map.Height];
    }

    public DoomScenario Scenario { get; }

    public DoomMap Map { get; }

    /// <summary>Tics since the episode started, the scenario's start tics included.</summary>
    public int Tic { get; private set; }

    /// <summary>The objects as the privileged state shows them, brought up to date when first read after a tic.</summary>
    public ReadOnlySpan<DoomObject> Objects
    {
        get
        {
            if (_viewStale)
            {
                SyncView();
            }
            return _view.AsSpan(0, _count);
        }
    }

    /// <summary>The live records, for the renderer.</summary>
    public ReadOnlySpan<Thing> Things => _things.AsSpan(0, _count);

    /// <summary>Starts an episode: places the player at a random start, the map's objects and the scenario's spawns.</summary>
    public void Reset(Rng rng)
    {
        _rng = rng;
        Tic = 0;
        _count = 0;
        _respawnCount = 0;
        Array.Clear(_respawnsOf);
        _nextId = 0;
        _medkitsOnFloor = 0;
        _flowCell = -1;
        ResetPlayer();
        _pendingReward = 0;
        foreach (var placement in Map.Placements)
        {
            var (x, y) = new MapCell(placement.CellX, placement.CellY).Centre;
            bool monster = placement.Kind.IsMonster();
            int health = monster && Scenario.PlacedMonsterHealth is int h ? h : ThingInfo.Of(placement.Kind).Health;
            int index = Add(placement.Kind, x, y, health, passive: false, rule: -1);
            if (index >= 0 && monster)
            {
                _things[index].Stationary = Scenario.PlacedMonstersStationary;
            }
        }
        for (int rule = 0; rule < Scenario.Spawns.Count; rule++)
        {
            for (int n = 0; n < Scenario.Spawns[rule].Count; n++)
            {
                SpawnMonster(rule, Scenario.Spawns[rule].Health);
            }
        }
        for (int n = 0; n < Scenario.InitialMedkits; n++)
        {
            DropMedkit();
        }
        for (int tic = 0; tic < Scenario.EpisodeStartTics && !_dead; tic++)
        {
            Tick(0);
        }
        _progressX = _x;
        _pendingReward = 0;
        SyncView();
    }

    /// <summary>True when the scenario's time-out has been reached (never when it has none).</summary>
    public bool TimedOut => Scenario.TimeoutTics > 0 && Tic >= Scenario.EpisodeStartTics + Scenario.TimeoutTics;

    /// <summary>Advances one tic with the buttons in <paramref name="buttons"/> (bit i set = button i of <see cref="DoomButton"/> held).</summary>
    public TicResult Tick(int buttons)
    {
        Tic++;
        _viewStale = true;
        double reward = 0;
        bool goal = false;
        PlayerThink(buttons, ref reward);
        PickUp(ref goal);
        MonstersThink();
        ScenarioRules();
        ProjectilesThink();
        reward += _pendingReward;
        _pendingReward = 0;
        if (goal)
        {
            reward += Scenario.GoalReward;
        }
        if (Scenario.ProgressReward != 0)
        {
            reward += (_x - _progressX) * Scenario.ProgressReward;
            _progressX = _x;
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
        if (Scenario.EndWhenShotSpent && _ammo == 0 && !Any(DoomObjectKind.Rocket))
        {
            terminated = true;
        }
        return new TicResult(reward, terminated);
    }

    /// <summary>Copies the live records into <see cref="Objects"/>.</summary>
    public void SyncView()
    {
        _viewStale = false;
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

    private bool Any(DoomObjectKind kind)
    {
        for (int i = 0; i < _count; i++)
        {
            if (_things[i].Kind == kind)
            {
                return true;
            }
        }
        return false;
    }

    private int CountOfRule(int rule)
    {
        int n = 0;
        for (int i = 0; i < _count; i++)
        {
            if (_things[i].SpawnRule == rule && _things[i].Kind.IsMonster())
            {
                n++;
            }
        }
        return n;
    }

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
