using RlGym.Agents.Doom.Student;
using RlGym.Core.Random;

namespace RlGym.Agents.Doom.Tests;

/// <summary>Small shapes and seeded random inputs for the student tests.</summary>
internal static class Frames
{
    /// <summary>The smallest frame the network takes, on Basic (4 actions).</summary>
    public static DoomStudentShape Tiny { get; } = new("Doom/Basic-v0", 4, 48, 36, 2, 4);

    public static byte[] Random(int length, ulong seed)
    {
        var rng = new Rng(seed);
        var bytes = new byte[length];
        for (int i = 0; i < length; i++)
        {
            bytes[i] = (byte)rng.NextInt(256);
        }
        return bytes;
    }

    public static int[] Decide(DoomStudent student, byte[] inputs)
    {
        var actions = new int[inputs.Length / student.Shape.InputSize];
        student.Decide(inputs, actions);
        return actions;
    }

    /// <summary>The student's logits for each input, flattened.</summary>
    public static float[] Logits(DoomStudent student, byte[] inputs)
    {
        using var logits = student.Network.forward(student.Inputs(inputs, inputs.Length / student.Shape.InputSize));
        return RlGym.Torch.TensorData.ToFloats(logits);
    }
}
