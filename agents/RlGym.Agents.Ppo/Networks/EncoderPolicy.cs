using RlGym.Agents.Ppo.Encoding;
using RlGym.Core.Random;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RlGym.Agents.Ppo.Networks;

/// <summary>
/// One encoder per observation part, concatenated into a shared ReLU layer with actor and critic heads. Images of at
/// least 36 x 36 go through the Nature CNN (32 8x8/4, 64 4x4/2, 64 3x3/1, ReLU; 512 shared units, as CleanRL's
/// <c>ppo_atari.py</c>); smaller ones through a small CNN (16 3x3/1, 32 3x3/2; 256 shared units); flat parts through a
/// tanh layer of <see cref="PolicyShape.Hidden"/> units.
/// </summary>
internal sealed class EncoderPolicy : PolicyNetwork
{
    private readonly ModuleList<nn.Module<Tensor, Tensor>> encoders;
    private readonly Linear shared;
    private readonly Linear actor;
    private readonly Linear critic;
    private readonly List<(nn.Module Layer, double Gain)> _layers = [];

    /// <summary>Numbers per token embedding.</summary>
    public const int EmbeddingSize = 16;

    public EncoderPolicy(PolicyShape shape) : base("ppo_encoders", shape)
    {
        encoders = new ModuleList<nn.Module<Tensor, Tensor>>();
        long features = 0;
        bool large = false;
        foreach (var segment in shape.Segments)
        {
            nn.Module<Tensor, Tensor> encoder;
            if (segment.IsImage)
            {
                large |= Math.Min(segment.Height, segment.Width) >= 36;
                encoder = Cnn(segment);
            }
            else if (segment.IsTokens)
            {
                var linear = nn.Linear((long)segment.Length * EmbeddingSize, shape.Hidden);
                _layers.Add((linear, Math.Sqrt(2)));
                encoder = new TokenEncoder(nn.Embedding(segment.Vocabulary, EmbeddingSize), linear);
            }
            else
            {
                var linear = nn.Linear(segment.Length, shape.Hidden);
                _layers.Add((linear, Math.Sqrt(2)));
                encoder = nn.Sequential(linear, nn.Tanh());
            }
            encoders.Add(encoder);
            features += Features(encoder, segment);
        }
        int width = large ? 512 : 256;
        shared = nn.Linear(features, width);
        actor = nn.Linear(width, shape.Logits);
        critic = nn.Linear(width, 1);
        _layers.Add((shared, Math.Sqrt(2)));
        _layers.Add((actor, 0.01));
        _layers.Add((critic, 1.0));
        RegisterComponents();
    }

    public override (Tensor Logits, Tensor Value) forward(Tensor observations)
    {
        using var scope = NewDisposeScope();
        var hidden = Hidden(observations);
        return (actor.forward(hidden).MoveToOuterDisposeScope(), critic.forward(hidden).squeeze(1).MoveToOuterDisposeScope());
    }

    public override Tensor Value(Tensor observations)
    {
        using var scope = NewDisposeScope();
        return critic.forward(Hidden(observations)).squeeze(1).MoveToOuterDisposeScope();
    }

    public override void Initialise(Rng rng)
    {
        using (torch.no_grad())
        {
            foreach (var embedding in modules().OfType<Embedding>())
            {
                var weight = embedding.weight!;
                var values = new float[weight.numel()];
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = (float)rng.NextGaussian();
                }
                using var drawn = RlGym.Torch.TensorData.FromFloats(values, weight.shape);
                weight.copy_(drawn);
            }
        }
        foreach (var (layer, gain) in _layers)
        {
            var parameters = layer.named_parameters().ToDictionary(p => p.name, p => p.parameter);
            Orthogonal.Initialise(parameters["weight"], parameters.GetValueOrDefault("bias"), gain, rng);
        }
    }

    private Tensor Hidden(Tensor observations)
    {
        var parts = new Tensor[encoders.Count];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = encoders[i].forward(Slice(observations, Shape.Segments[i]));
        }
        var joined = parts.Length == 1 ? parts[0] : torch.cat(parts, 1);
        return shared.forward(joined).relu_();
    }

    private static Tensor Slice(Tensor observations, ObservationSegment segment)
    {
        var part = observations.narrow(1, segment.Offset, segment.Length);
        return segment.IsImage ? part.reshape(-1, segment.Channels, segment.Height, segment.Width) : part;
    }

    /// <summary>Token ids (stored as numbers) through an embedding, flattened, then a tanh layer (NLE's baseline reads its crop of glyphs so).</summary>
    private sealed class TokenEncoder : nn.Module<Tensor, Tensor>
    {
        private readonly Embedding embedding;
        private readonly Linear linear;

        public TokenEncoder(Embedding embedding, Linear linear) : base("tokens")
        {
            this.embedding = embedding;
            this.linear = linear;
            RegisterComponents();
        }

        public override Tensor forward(Tensor tokens)
        {
            using var scope = NewDisposeScope();
            var embedded = embedding.forward(tokens.to_type(ScalarType.Int64)).flatten(1);
            return linear.forward(embedded).tanh_().MoveToOuterDisposeScope();
        }
    }

    private nn.Module<Tensor, Tensor> Cnn(ObservationSegment segment)
    {
        Conv2d[] convs = Math.Min(segment.Height, segment.Width) >= 36
            ? [nn.Conv2d(segment.Channels, 32, 8, stride: 4), nn.Conv2d(32, 64, 4, stride: 2), nn.Conv2d(64, 64, 3, stride: 1)]
            : [nn.Conv2d(segment.Channels, 16, 3, stride: 1), nn.Conv2d(16, 32, 3, stride: 2)];
        var layers = new List<nn.Module<Tensor, Tensor>>();
        foreach (var conv in convs)
        {
            _layers.Add((conv, Math.Sqrt(2)));
            layers.Add(conv);
            layers.Add(nn.ReLU());
        }
        layers.Add(nn.Flatten());
        return nn.Sequential(layers);
    }

    private static long Features(nn.Module<Tensor, Tensor> encoder, ObservationSegment segment)
    {
        if (!segment.IsImage)
        {
            using var noGradFlat = torch.no_grad();
            using var flat = torch.zeros(1, segment.Length);
            using var encoded = encoder.forward(flat);
            return encoded.shape[1];
        }
        using var noGrad = torch.no_grad();
        using var probe = torch.zeros(1, segment.Channels, segment.Height, segment.Width);
        using var output = encoder.forward(probe);
        return output.shape[1];
    }
}
