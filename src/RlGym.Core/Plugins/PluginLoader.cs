using System.Reflection;
using System.Runtime.Loader;
using RlGym.Core.Agents;
using RlGym.Core.Registry;

namespace RlGym.Core.Plugins;

/// <summary>Loads plugin assemblies from a folder and lets their <see cref="IRlGymPlugin"/> classes register.</summary>
internal static class PluginLoader
{
    /// <summary>
    /// Loads every <c>*.dll</c> in <paramref name="directory"/> that has a plugin class, each in its own load
    /// context sharing RlGym's assemblies with the host, and calls the plugins. Returns the plugin type names.
    /// </summary>
    /// <exception cref="UserInputException">
    /// When the folder does not exist or is a file, an assembly cannot be loaded or a plugin fails to register; the message names the path.
    /// </exception>
    public static IReadOnlyList<string> LoadDirectory(string directory, EnvRegistry environments, AgentRegistry agents)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(agents);
        if (File.Exists(directory))
        {
            throw new UserInputException($"Plugin folder '{directory}' is a file; expected the folder that holds the plugin assemblies (*.dll).");
        }
        if (!Directory.Exists(directory))
        {
            throw new UserInputException($"Plugin folder '{directory}' does not exist.");
        }
        var loaded = new List<string>();
        foreach (string path in Directory.EnumerateFiles(directory, "*.dll").Order(StringComparer.Ordinal))
        {
            string full = Path.GetFullPath(path);
            Type[] types;
            try
            {
                var context = new PluginLoadContext(full);
                var assembly = context.LoadFromAssemblyPath(full);
                types = assembly.GetExportedTypes();
            }
            catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or ReflectionTypeLoadException)
            {
                throw new UserInputException($"Plugin file '{path}' could not be loaded: {e.Message}", e);
            }
            foreach (var type in types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRlGymPlugin).IsAssignableFrom(t)))
            {
                try
                {
                    var plugin = (IRlGymPlugin)Activator.CreateInstance(type)!;
                    plugin.Register(environments, agents);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    throw new UserInputException($"Plugin {type.FullName} in '{path}' failed to register: {e.GetBaseException().Message}", e);
                }
                loaded.Add(type.FullName!);
            }
        }
        return loaded;
    }

    // Resolves the plugin's own dependencies from its folder, but shares every assembly the host already
    // has (RlGym.Core above all), so that IRlGymPlugin is the same type on both sides.
    private sealed class PluginLoadContext(string pluginPath) : AssemblyLoadContext(isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(pluginPath);

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (Default.Assemblies.Any(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), assemblyName)))
            {
                return null;
            }
            try
            {
                return Default.LoadFromAssemblyName(assemblyName);
            }
            catch (FileNotFoundException)
            {
                string? path = _resolver.ResolveAssemblyToPath(assemblyName);
                return path is null ? null : LoadFromAssemblyPath(path);
            }
        }
    }
}
