using RlGym.Core.Spaces;

namespace RlGym.Server.Tensors;

/// <summary>Optional bounds for a struct observation space (one low and one high for every item).</summary>
internal delegate (double Low, double High)? StructBounds(ISpace space);
