using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace Briefings.Cli.Render.Server;

/// <summary>
/// Where a render server listens: a Unix domain socket in a folder only this user may enter, named for this very build of
/// the tool (its folder and its assembly's identity), so a rebuilt or upgraded tool never talks to an older server.
/// </summary>
internal static class RenderServerEndpoint
{
    /// <summary>Tests point the servers at a folder of their own; nobody else needs to.</summary>
    public const string FolderVariable = "BRIEFINGS_RENDER_SERVER_DIR";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>The socket path for this tool, or null where a private folder cannot be had (then nothing uses a server).</summary>
    public static string? ForThisTool()
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable);
        if (string.IsNullOrEmpty(folder))
        {
            folder = Path.Combine(Path.GetTempPath(), "briefings-" + Environment.UserName);
        }

        return PrivateFolder(folder) ? Path.Combine(folder, "render-" + ToolKey() + ".sock") : null;
    }

    private static bool PrivateFolder(string folder)
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
                return true;
            }

            Directory.CreateDirectory(folder, OwnerOnly);
            // A folder someone else made, or opened to others, is not ours to put a socket in.
            return File.GetUnixFileMode(folder) == OwnerOnly;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string ToolKey()
    {
        var tool = typeof(RenderServerEndpoint).Assembly;
        var identity = string.Join('\n', Path.GetDirectoryName(tool.Location), tool.ManifestModule.ModuleVersionId, Environment.Version);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16];
    }
}
