using System;
using System.IO;
using System.Linq;
using Briefings.Cli.Render;
using Briefings.Testing;
using Xunit;

namespace Briefings.Cli.Tests.Render;

/// <summary><c>render --timings</c> says where the render's time went, phase by phase; without it, the output is as before.</summary>
public sealed class RenderTimingsTests : IDisposable
{
    private readonly TempFolder temp = new("briefings-timings");

    [Fact]
    public void Timings_name_every_phase_once_with_its_milliseconds_and_only_when_asked_for()
    {
        var output = Path.Combine(temp.Path, "out");
        var memo = Path.Combine(temp.Path, "memo.json");
        var plain = new StringWriter();
        Assert.Equal(0, RenderCommand.RunHere(StoryRender.Options("story", output, memo: memo), plain));
        Assert.DoesNotContain("Render timings:", plain.ToString(), StringComparison.Ordinal);

        var timed = new StringWriter();
        Assert.Equal(0, RenderCommand.RunHere(StoryRender.Options("story", output, memo: memo) with { Timings = true }, timed));

        var line = Assert.Single(timed.ToString().Split('\n'), l => l.StartsWith("Render timings: ", StringComparison.Ordinal));
        Assert.Matches(
            @"^Render timings: load model \d+\.\d ms, read memo \d+\.\d ms, render \d+\.\d ms \(prepare \d+\.\d ms, model-json \d+\.\d ms, plan \d+\.\d ms, outputs \d+\.\d ms\), write \d+\.\d ms, write memo \d+\.\d ms$",
            line.TrimEnd('\r'));
        Assert.Contains(timed.ToString().Split('\n'), l => l.EndsWith("files were kept from the last render: they read no changed fact.", StringComparison.Ordinal));
    }

    public void Dispose() => temp.Dispose();
}
