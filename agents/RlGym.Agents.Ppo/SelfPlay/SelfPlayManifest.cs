using RlGym.Core.Checkpoints;

namespace RlGym.Agents.Ppo.SelfPlay;

/// <summary>
/// A self-play run's policy.ckpt (kind <c>ppo-selfplay</c>): the environment, the iterations done, the pool's settings
/// and, per role, its run's checkpoint and every snapshot written, as paths relative to the run folder. <c>--resume</c>
/// reads it to rebuild both learners and their pools.
/// </summary>
internal sealed record SelfPlayManifest(string EnvironmentId, int Iterations, PpoSelfPlay Settings, string[] Roles, string[] RoleCheckpoints, string[][] Snapshots)
{
    private const int Version = 1;

    /// <summary>Writes the manifest atomically; paths are stored relative to <paramref name="path"/>'s folder.</summary>
    public void Write(string path)
    {
        string folder = Folder(path);
        CheckpointFile.Write(path, SelfPlayLearner.Kind, writer =>
        {
            writer.Write(Version);
            writer.Write(EnvironmentId);
            writer.Write(Iterations);
            writer.Write(Path.GetRelativePath(folder, Settings.SnapshotFolder));
            writer.Write(Settings.PoolSize);
            writer.Write(Settings.SnapshotEvery);
            writer.Write(Settings.LatestProbability);
            writer.Write(Roles.Length);
            for (int k = 0; k < Roles.Length; k++)
            {
                writer.Write(Roles[k]);
                writer.Write(Path.GetRelativePath(folder, RoleCheckpoints[k]));
                writer.Write(Snapshots[k].Length);
                foreach (string file in Snapshots[k])
                {
                    writer.Write(Path.GetRelativePath(folder, file));
                }
            }
        });
    }

    /// <summary>Reads a manifest; its paths come back resolved against its folder.</summary>
    /// <exception cref="InvalidDataException">When the file is damaged or of another version.</exception>
    public static SelfPlayManifest Read(string path)
    {
        string folder = Folder(path);
        return CheckpointFile.Read(path, SelfPlayLearner.Kind, reader =>
        {
            int version = reader.ReadInt32();
            if (version != Version)
            {
                throw new InvalidDataException($"'{path}' is a ppo-selfplay manifest of version {version}; this RlGym reads version {Version}.");
            }
            string environment = reader.ReadString();
            int iterations = reader.ReadInt32();
            var settings = new PpoSelfPlay(Path.Combine(folder, reader.ReadString())) { PoolSize = reader.ReadInt32(), SnapshotEvery = reader.ReadInt32(), LatestProbability = reader.ReadDouble() };
            int count = reader.ReadInt32();
            if (count is < 1 or > 16 || iterations < 0)
            {
                throw new InvalidDataException($"'{path}' stores {count} roles and {iterations} iterations; it is damaged.");
            }
            var roles = new string[count];
            var checkpoints = new string[count];
            var snapshots = new string[count][];
            for (int k = 0; k < count; k++)
            {
                roles[k] = reader.ReadString();
                checkpoints[k] = Path.Combine(folder, reader.ReadString());
                int files = reader.ReadInt32();
                if (files is < 1 or > 10_000_000)
                {
                    throw new InvalidDataException($"'{path}' stores {files} snapshots of the {roles[k]}; it is damaged.");
                }
                snapshots[k] = new string[files];
                for (int i = 0; i < files; i++)
                {
                    snapshots[k][i] = Path.Combine(folder, reader.ReadString());
                }
            }
            return new SelfPlayManifest(environment, iterations, settings, roles, checkpoints, snapshots);
        });
    }

    private static string Folder(string path) => Path.GetDirectoryName(Path.GetFullPath(path))!;
}
