using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Cli.Tests.JsonSchemas;

/// <summary>
/// A YAML document as the JSON a YAML language server validates: YAML 1.2 core-schema typing of plain scalars
/// (<c>2025</c> an integer, <c>true</c> a boolean, <c>2025-01-27</c> and <c>no</c> strings); quoted scalars are strings.
/// </summary>
internal static class YamlToJson
{
    private static readonly Regex Integer = new("^[-+]?[0-9]+$|^0o[0-7]+$|^0x[0-9a-fA-F]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Float = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    public static JsonElement Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var node = stream.Documents.Count == 0 ? null : ToNode(stream.Documents[0].RootNode);
        return JsonSerializer.SerializeToElement(node);
    }

    private static JsonNode? ToNode(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(p => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(((YamlScalarNode)p.Key).Value ?? string.Empty, ToNode(p.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToNode).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException("Unexpected YAML node " + node.NodeType),
    };

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(value.Equals("true", StringComparison.OrdinalIgnoreCase));
        }

        if (Integer.IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (Float.IsMatch(value) && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(value);
    }
}
