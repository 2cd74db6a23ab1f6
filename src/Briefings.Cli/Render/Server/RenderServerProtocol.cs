using System.Text.Json.Serialization;

namespace Briefings.Cli.Render.Server;

/// <summary>One request to a render server: a render with every path absolute, or a request to stop.</summary>
internal sealed record RenderServerRequest(RenderOptions? Render, bool Stop);

/// <summary>What a render printed and its exit code, sent back whole when it has finished.</summary>
internal sealed record RenderServerResponse(int ExitCode, string Output);

/// <summary>One JSON line each way; the types are this program's own, so the server and client can never disagree.</summary>
[JsonSerializable(typeof(RenderServerRequest))]
[JsonSerializable(typeof(RenderServerResponse))]
internal sealed partial class RenderServerJson : JsonSerializerContext;
