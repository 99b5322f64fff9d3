using RlGym.Agents.Ppo.Encoding;
using RlGym.Core.Random;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RlGym.Agents.Ppo.Networks;

/// <summary>
/// The encoder of an observation with pictures or tokens, shared by the feed-forward (<see cref="EncoderPolicy"/>) and
/// the recurrent (<see cref="LstmPolicy"/>) networks: one encoder per part, concatenated into a shared ReLU layer. Images
/// of at least 36 x 36 go through the Nature CNN (32 8x8/4, 64 4x4/2, 64 3x3/1, ReLU; 512 shared units, as CleanRL's
/// <c>ppo_atari.py</c>); smaller ones through a small CNN (16 3x3/1, 32 3x3/2; 256 shared units); tokens through an
/// embedding of <see cref="EmbeddingSize"/> numbers each, flattened, and a tanh layer of <see cref="PolicyShape.Hidden"/>
/// units; flat parts through a tanh layer of as many. Not a module itself: the owning network registers
/// <see cref="Parts"/> and <see cref="Shared"/> as its own fields (so its state names stay <c>encoders.*</c> and <c>shared.*</c>).
/// </summary>
internal sealed class PartEncoders
{
    /// <summary>Numbers per token embedding.</summary>
    public const int EmbeddingSize = 16;

    private readonly PolicyShape _shape;
    private readonly List<(nn.Module Layer, double Gain)> _layers = [];

    public PartEncoders(PolicyShape shape)
    {
        _shape = shape;
        Parts = new ModuleList<nn.Module<Tensor, Tensor>>();
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
            Parts.Add(encoder);
            features += Features(encoder, segment);
        }
        Width = large ? 512 : 256;
        Shared = nn.Linear(features, Width);
        _layers.Add((Shared, Math.Sqrt(2)));
    }

    /// <summary>One encoder per observation part.</summary>
    public ModuleList<nn.Module<Tensor, Tensor>> Parts { get; }

    /// <summary>The shared layer the parts' features are concatenated into.</summary>
    public Linear Shared { get; }

    /// <summary>Units of the shared layer: what <see cref="Forward"/> gives per observation.</summary>
    public int Width { get; }

    /// <summary>Encoded observations [batch, size] to the shared layer's ReLU output [batch, <see cref="Width"/>].</summary>
    public Tensor Forward(Tensor observations)
    {
        var parts = new Tensor[Parts.Count];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = Parts[i].forward(Slice(observations, _shape.Segments[i]));
        }
        var joined = parts.Length == 1 ? parts[0] : torch.cat(parts, 1);
        return Shared.forward(joined).relu_();
    }

    /// <summary>Draws the embeddings (standard normal) and then every layer (orthogonal, gain sqrt(2)) from <paramref name="rng"/>, in that order.</summary>
    public void Initialise(Rng rng)
    {
        using (torch.no_grad())
        {
            foreach (var embedding in Parts.modules().OfType<Embedding>())
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
        using var noGrad = torch.no_grad();
        using var probe = segment.IsImage ? torch.zeros(1, segment.Channels, segment.Height, segment.Width) : torch.zeros(1, segment.Length);
        using var output = encoder.forward(probe);
        return output.shape[1];
    }
}
