using RlGym.Core;
using RlGym.Core.Spaces;
using RlGym.Core.Wrappers;
using RlGym.Core.Wrappers.Common;
using Xunit;

namespace RlGym.Testing.Tests.Wrappers;

/// <summary>
/// The kit passes under each common wrapper on every layout of built-in spaces it applies to (<see cref="BuiltIns.LayoutIds"/>). Autoreset steps on after the
/// end by design, so its step-after-end check is left out (its behaviour is tested in RlGym.Core.Tests); RecordVideo
/// needs RGB frames, so it runs on the environments that draw them, in that mode.
/// </summary>
public sealed class CommonWrapperKitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rlgym-video-").FullName;

    [Theory]
    [MemberData(nameof(BuiltIns.Layouts), MemberType = typeof(BuiltIns))]
    public void Autoreset(string id) => WrapperKit.Passes(id, new AutoresetWrapping(), null, CheckNames.StepAfterEnd);

    [Theory]
    [MemberData(nameof(BuiltIns.Layouts), MemberType = typeof(BuiltIns))]
    public void RecordEpisodeStatistics(string id) => WrapperKit.Passes(id, new Statistics());

    [Theory]
    [MemberData(nameof(BuiltIns.Layouts), MemberType = typeof(BuiltIns))]
    public void RenderCollection(string id) => WrapperKit.Passes(id, new Collection());

    [Theory]
    [MemberData(nameof(BuiltIns.RgbLayouts), MemberType = typeof(BuiltIns))]
    public void RecordVideo(string id)
    {
        WrapperKit.Passes(id, new Video(_folder), WrapperKit.Rgb);

        string[] gifs = Directory.GetFiles(_folder, "*.gif");
        Assert.NotEmpty(gifs);
        Assert.All(gifs, gif => Assert.Equal("GIF89a"u8.ToArray(), File.ReadAllBytes(gif)[..6]));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class AutoresetWrapping : SameTypes
    {
        public override IEnvironment<TObs, TAction> Wrap<TObs, TAction>(IEnvironment<TObs, TAction> environment) => environment.WithAutoreset();
    }

    private sealed class Statistics : SameTypes
    {
        public override IEnvironment<TObs, TAction> Wrap<TObs, TAction>(IEnvironment<TObs, TAction> environment) => environment.WithRecordEpisodeStatistics();
    }

    private sealed class Collection : SameTypes
    {
        public override IEnvironment<TObs, TAction> Wrap<TObs, TAction>(IEnvironment<TObs, TAction> environment) => environment.WithRenderCollection();
    }

    private sealed class Video(string folder) : SameTypes
    {
        public override IEnvironment<TObs, TAction> Wrap<TObs, TAction>(IEnvironment<TObs, TAction> environment) =>
            environment.WithRecordVideo(folder, episodeTrigger: e => e < 2, videoLength: 0, namePrefix: Guid.NewGuid().ToString("N")[..8]);
    }
}
