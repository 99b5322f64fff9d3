namespace RlGym.Runner.Training;

/// <summary>One named training figure, such as <c>smoothed_error_x4</c> or <c>mistakes_per_game</c>.</summary>
/// <param name="Name">The name (also the CSV column and the TensorBoard tag).</param>
/// <param name="Value">The value.</param>
public readonly record struct Metric(string Name, double Value);
