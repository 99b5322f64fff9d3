global using Xunit;

// Several tests seed TorchSharp's process-wide generator and then draw from it (weights, random tensors); run side by
// side, one class's draws would shift another's. The project is small, so its classes run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
