using System.Collections.Generic;
using Briefings.Facts.Diagnostics;
using Briefings.Facts.Schema;
using Briefings.Facts.Yaml;

namespace Briefings.Facts.Binding;

/// <summary>What binding one file needs at hand: the schema, the file's line map, and where findings go.</summary>
internal sealed class BindContext
{
    public BindContext(SchemaModel schema, LineMap lines, List<DiagnosticInfo> diagnostics)
    {
        Schema = schema;
        Lines = lines;
        Diagnostics = diagnostics;
    }

    public SchemaModel Schema { get; }

    public LineMap Lines { get; }

    public List<DiagnosticInfo> Diagnostics { get; }

    public List<FactReference> References { get; } = new();

    /// <summary>The file's facts as the declared checks read them (<see cref="CheckIndex"/>).</summary>
    public List<CheckedFact> Checked { get; } = new();

    public void Report(DescriptorInfo descriptor, YamlNode node, params string[] arguments)
        => Diagnostics.Add(DiagnosticInfo.Create(descriptor, Lines.Node(node), arguments));
}
