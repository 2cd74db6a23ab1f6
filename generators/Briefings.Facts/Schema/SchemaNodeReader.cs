using System;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Helpers;
using Briefings.Facts.Yaml;

namespace Briefings.Facts.Schema;

/// <summary>
/// One schema file being read: the shared state, the file's line map, and the small checks every construct's
/// reader makes (a scalar here, a mapping there, only known keys), each reporting at its node.
/// </summary>
internal sealed class SchemaNodeReader
{
    public SchemaNodeReader(SchemaState state, LineMap lines)
    {
        State = state;
        Lines = lines;
    }

    public SchemaState State { get; }

    public LineMap Lines { get; }

    /// <summary>A true/false setting; false when absent, or after reporting anything else.</summary>
    public bool Flag(YamlNode mapping, string key)
    {
        var node = mapping.Get(key);
        if (node is null || node.IsNull)
        {
            return false;
        }

        if (node.Kind == YamlNodeKind.Scalar && node.IsPlain && node.Value is "true" or "false")
        {
            return node.Value == "true";
        }

        Report(node, $"'{key}' is true or false.");
        return false;
    }

    public string? OptionalText(YamlNode mapping, string key)
        => mapping.Get(key) is { } node && !node.IsNull ? Scalar(node, "text") : null;

    /// <summary>The node's text, or null after reporting that <paramref name="expected"/> belongs here.</summary>
    public string? Scalar(YamlNode node, string expected)
    {
        if (node.Kind == YamlNodeKind.Scalar && !node.IsNull)
        {
            return node.Value;
        }

        WrongShape(node, expected);
        return null;
    }

    public bool ExpectMapping(YamlNode node, string expected)
    {
        if (node.Kind == YamlNodeKind.Mapping)
        {
            return true;
        }

        WrongShape(node, expected);
        return false;
    }

    /// <summary>Reports each key not in <paramref name="allowed"/>, with the nearest allowed one.</summary>
    public void CheckKeys(YamlNode mapping, string[] allowed, string where)
    {
        foreach (var pair in mapping.Pairs)
        {
            if (Array.IndexOf(allowed, pair.Key.Value) < 0)
            {
                Report(pair.Key, $"'{YamlNode.Shorten(pair.Key.Value)}' is not a setting {where}{NearestMatch.Suggestion(pair.Key.Value, allowed)}; the settings are: {string.Join(", ", allowed)}.");
            }
        }
    }

    public void Report(YamlNode node, string message) => State.Report(Lines.Node(node), message);

    private void WrongShape(YamlNode node, string expected)
        => State.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongShape, Lines.Node(node), expected, node.Describe()));
}
