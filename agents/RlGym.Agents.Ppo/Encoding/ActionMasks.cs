using RlGym.Core;

namespace RlGym.Agents.Ppo.Encoding;

/// <summary>
/// Finds an action mask where environments put one: in the info under <c>action_mask</c> (Gymnasium's convention) or
/// in a Dict observation under the same key (PettingZoo's). Items that are 0 (or false) forbid the action.
/// </summary>
internal static class ActionMasks
{
    /// <summary>Writes the mask into <paramref name="destination"/> (1 allowed, 0 forbidden); false, with all allowed, when there is none.</summary>
    public static bool TryRead(Info? info, object? observation, Span<float> destination)
    {
        object? mask = null;
        if (info is not null && info.TryGetValue(ObservationEncoders.ActionMaskKey, out var fromInfo))
        {
            mask = fromInfo;
        }
        else if (observation is IReadOnlyDictionary<string, object> dict && dict.TryGetValue(ObservationEncoders.ActionMaskKey, out var fromObservation))
        {
            mask = fromObservation;
        }
        bool found = mask switch
        {
            byte[] b => Copy(b, destination, v => v != 0),
            bool[] b => Copy(b, destination, v => v),
            sbyte[] b => Copy(b, destination, v => v != 0),
            int[] b => Copy(b, destination, v => v != 0),
            float[] b => Copy(b, destination, v => v != 0),
            double[] b => Copy(b, destination, v => v != 0),
            _ => false,
        };
        if (!found)
        {
            destination.Fill(1f);
        }
        return found;
    }

    private static bool Copy<T>(T[] values, Span<float> destination, Func<T, bool> allowed)
    {
        if (values.Length != destination.Length)
        {
            throw new ArgumentException($"The action mask has {values.Length} items; the action space has {destination.Length} choices.");
        }
        for (int i = 0; i < values.Length; i++)
        {
            destination[i] = allowed(values[i]) ? 1f : 0f;
        }
        return true;
    }
}
