using System.IO;
using System.Runtime.CompilerServices;
using Briefings.Snapshots;
using Xunit;

namespace StoryStarter.Tests;

/// <summary>
/// Every briefing the story renders (../StoryStarter/briefings, rebuilt from the current facts before the tests run)
/// against the BriefingTests.*.verified.* files beside this file. A change fails with a diff naming the changed
/// lines and writes *.received.* files; after reviewing it, accept it with BRIEFINGS_ACCEPT_SNAPSHOTS=1 dotnet test.
/// </summary>
public class BriefingTests
{
    [Fact]
    public void Every_briefing_matches_its_verified_file() => Snapshot.VerifyFolder(BriefingsFolder());

    // Found from this source file, as the verified files are: change it if you move BriefingsOutputDir.
    private static string BriefingsFolder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "StoryStarter", "briefings"));
}
