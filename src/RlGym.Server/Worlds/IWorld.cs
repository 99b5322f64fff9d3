using Google.Protobuf.Collections;
using Google.Protobuf.WellKnownTypes;
using RlGym.Server.Protocol;
using RlGym.Server.Protocol.Extensions;

namespace RlGym.Server.Worlds;

/// <summary>One world of a session: a made environment (single-agent, multi-agent or N copies) behind dm_env_rpc.</summary>
internal interface IWorld : IDisposable
{
    /// <summary>The specs a join returns.</summary>
    ActionObservationSpecs Specs { get; }

    /// <summary>The Gymnasium description of the spaces, as JSON (see rlgym_extensions.proto).</summary>
    string SpacesJson { get; }

    /// <summary>Acts, or starts an episode when none is running.</summary>
    StepResponse Step(StepRequest request);

    /// <summary>Ends the episode; the next step starts one with <paramref name="settings"/> (seed and reset options).</summary>
    void Reset(MapField<string, Tensor> settings);

    /// <summary>What the world's environment renders now (see rlgym_extensions.proto's RenderResponse).</summary>
    RenderResponse Render();

    /// <summary>Answers an RlGym extension request other than the spaces and render ones.</summary>
    Any Extension(Any request);
}
