namespace Briefings.Story;

/// <summary>
/// The shipped story's typed facts live in the generated <see cref="Facts"/> catalog, built from
/// seeds/ at compile time. This file only anchors the assembly; it holds no facts.
/// </summary>
public static class StoryInfo
{
    /// <summary>The story's slug, used to name its briefings (<c>deepseek-shock.en.html</c>).</summary>
    public const string Slug = "deepseek-shock";
}
