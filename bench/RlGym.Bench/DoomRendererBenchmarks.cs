using BenchmarkDotNet.Attributes;
using RlGym.Core.Random;
using RlGym.Envs.Doom;
using RlGym.Envs.Doom.Rendering;
using RlGym.Envs.Doom.World;

namespace RlGym.Bench;

/// <summary>
/// The Doom renderer alone: one frame of DefendTheCenter with demons in view (walls, sprites clipped against them,
/// the pistol) packed into an observation buffer. Frames a second = 1e9 / mean ns. The bar is 70,000 at 160x120 RGB.
/// </summary>
[MemoryDiagnoser]
public class DoomRendererBenchmarks
{
    private DoomRenderer _renderer = null!;
    private DoomWorld _world = null!;
    private byte[] _observation = [];

    [Params("160x120 rgb", "84x84 gray", "320x240 rgb")]
    public string Screen { get; set; } = "160x120 rgb";

    [GlobalSetup]
    public void Setup()
    {
        string[] parts = Screen.Split(' ');
        string[] size = parts[0].Split('x');
        var settings = new ScreenSettings(int.Parse(size[0]), int.Parse(size[1]), parts[1] == "gray", Weapon: true);
        _world = new DoomWorld(DoomScenarios.DefendTheCenter, DoomMap.BuiltIn("defend_the_center"));
        _world.Reset(new Rng(7));
        for (int tic = 0; tic < 60; tic++)
        {
            _world.Tick(0);
        }
        _world.SyncView();
        _renderer = new DoomRenderer(settings, acidFloor: false);
        _observation = new byte[settings.Width * settings.Height * settings.Channels];
        _renderer.Render(_world);
        int visible = 0;
        foreach (byte label in _renderer.Labels)
        {
            visible += label != 0 ? 1 : 0;
        }
        if (visible == 0)
        {
            throw new InvalidOperationException("The benchmark scene shows no sprite; pick another seed.");
        }
    }

    [Benchmark]
    public void RenderFrame()
    {
        _renderer.Render(_world);
        _renderer.WriteObservation(_observation);
    }
}
