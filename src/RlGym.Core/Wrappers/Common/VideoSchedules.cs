namespace RlGym.Core.Wrappers.Common;

/// <summary>Episode triggers for RecordVideo.</summary>
public static class VideoSchedules
{
    /// <summary>
    /// Gymnasium's <c>capped_cubic_video_schedule</c>, RecordVideo's default: episodes 0, 1, 8, 27, ... (perfect cubes)
    /// below 1000, then every 1000th.
    /// </summary>
    public static bool CappedCubic(int episodeId)
    {
        if (episodeId < 0)
        {
            return false;
        }
        if (episodeId >= 1000)
        {
            return episodeId % 1000 == 0;
        }
        int root = (int)Math.Round(Math.Cbrt(episodeId));
        return root * root * root == episodeId;
    }
}
