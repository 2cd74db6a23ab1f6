using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Briefings.Facts.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Facts.Yaml;

/// <summary>The outcome of reading one YAML file: its root node (null if empty or unreadable) and what went wrong.</summary>
internal sealed class YamlReadResult
{
    public YamlReadResult(YamlNode? root, List<DiagnosticInfo> diagnostics, LineMap lines)
    {
        Root = root;
        Diagnostics = diagnostics;
        Lines = lines;
    }

    public YamlNode? Root { get; }

    public List<DiagnosticInfo> Diagnostics { get; }

    public LineMap Lines { get; }

    public bool HasErrors => Diagnostics.Exists(d => d.IsError);
}

/// <summary>
/// Reads a YAML file into <see cref="YamlNode"/>s from YamlDotNet's event parser, never its recursive
/// node loader, enforcing <see cref="Limits"/> as it goes. It accepts the plain subset facts need:
/// one document of mappings, lists and scalars. Anchors, aliases, tags and directives are refused, so
/// there is nothing to expand and no YAML 1.1 typing: scalars stay text until the schema types them.
/// </summary>
internal static class YamlReader
{
    private static readonly Regex MarkPrefix = new(
        @"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ",
        RegexOptions.CultureInvariant);

    public static YamlReadResult Read(string path, string text)
    {
        var lines = new LineMap(path, text);
        var diagnostics = new List<DiagnosticInfo>();
        var result = new YamlReadResult(null, diagnostics, lines);

        if (text.Length > Limits.MaxFileLength)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.LimitExceeded,
                LocationInfo.FileStart(path),
                Invariant($"The file has {text.Length} characters, more than the limit of {Limits.MaxFileLength}.")));
            return result;
        }

        if (!CheckCharacters(text, lines, diagnostics))
        {
            return result;
        }

        // Roslyn strips a leading BOM; text from elsewhere (tests, the watch loop) may still carry one,
        // and YamlDotNet would make it part of the first key.
        var offset = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var root = Parse(text, offset, lines, diagnostics);
        return new YamlReadResult(root, diagnostics, lines);
    }

    /// <summary>Rejects undecodable bytes and control characters before YamlDotNet gives confusing errors for them.</summary>
    private static bool CheckCharacters(string text, LineMap lines, List<DiagnosticInfo> diagnostics)
    {
        var found = 0;
        for (var i = 0; i < text.Length && found < 10; i++)
        {
            var c = text[i];
            DiagnosticInfo? problem = null;
            if (c == '\uFFFD')
            {
                problem = DiagnosticInfo.Create(DiagnosticDescriptors.InvalidUtf8, lines.Span(i, i + 1));
            }
            else if ((c < ' ' && c is not '\t' and not '\n' and not '\r') || c == '\u007F' || (c >= '\u0080' && c <= '\u009F' && c != '\u0085') || (c == '\uFEFF' && i > 0))
            {
                problem = DiagnosticInfo.Create(DiagnosticDescriptors.ControlCharacter, lines.Span(i, i + 1), Invariant($"U+{(int)c:X4}"));
            }
            else if (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
            {
                problem = DiagnosticInfo.Create(DiagnosticDescriptors.ControlCharacter, lines.Span(i, i + 1), Invariant($"U+{(int)c:X4} (half of a surrogate pair)"));
            }
            else if (char.IsHighSurrogate(c))
            {
                i++; // a valid pair: skip its low half
            }
            else if (char.IsLowSurrogate(c))
            {
                problem = DiagnosticInfo.Create(DiagnosticDescriptors.ControlCharacter, lines.Span(i, i + 1), Invariant($"U+{(int)c:X4} (half of a surrogate pair)"));
            }

            if (problem is not null)
            {
                diagnostics.Add(problem);
                found++;
            }
        }

        return found == 0;
    }

    private static YamlNode? Parse(string text, int offset, LineMap lines, List<DiagnosticInfo> diagnostics)
    {
        var parser = new Parser(new Scanner(new StringReader(offset == 0 ? text : text.Substring(offset)), skipComments: true));
        var builder = new TreeBuilder(lines, diagnostics, offset);
        var lastGoodEnd = offset;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                if (!builder.Accept(current))
                {
                    break;
                }

                lastGoodEnd = (int)current.End.Index + offset;
            }
        }
        catch (YamlException ex)
        {
            var message = MarkPrefix.Replace(ex.Message, string.Empty);
            if (ex.Start.Equals(Mark.Empty) && message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 && FindTabIndentation(text) is { } tab)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TabIndentation, lines.Span(tab, tab + 1)));
            }
            else if (ex.Message.IndexOf("flow", StringComparison.OrdinalIgnoreCase) >= 0 && builder.InnermostOpenFlowStart is { } bracket)
            {
                // YamlDotNet points at the end of the file; the fix is at the bracket that was never closed.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, lines.Span(bracket, bracket + 1), message + " This bracket or brace is never closed."));
            }
            else if (ex.Start.Equals(Mark.Empty))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, lines.Span(lastGoodEnd, lastGoodEnd), message));
            }
            else
            {
                var start = (int)ex.Start.Index + offset;
                var end = Math.Max(start, (int)ex.End.Index + offset);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, lines.Span(start, end), message + LongKeyHint(text, start)));
            }

            return null;
        }
#pragma warning disable CA1031 // YamlDotNet throws bare InvalidOperationException and others on some malformed input (YamlDotNet#541, #374).
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or KeyNotFoundException or IndexOutOfRangeException or FormatException)
#pragma warning restore CA1031
        {
            var at = builder.InnermostOpenFlowStart ?? lastGoodEnd;
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.YamlSyntax,
                lines.Span(at, at),
                builder.InnermostOpenFlowStart is null
                    ? "the YAML cannot be read past this point; look for an unclosed bracket, brace or quote"
                    : "this bracket or brace is never closed; close it, or quote the text if it is not meant as a list"));
            return null;
        }

        return builder.Root;
    }

    /// <summary>YamlDotNet cannot read a plain key over 1024 characters and says only "did not find expected key".</summary>
    private static string LongKeyHint(string text, int offset)
    {
        var lineStart = offset <= 0 ? 0 : text.LastIndexOf('\n', Math.Min(offset, text.Length) - 1) + 1;
        var colon = text.IndexOf(':', lineStart);
        var lineEnd = text.IndexOf('\n', lineStart);
        return colon - lineStart > 1024 && (lineEnd < 0 || colon < lineEnd)
            ? " The key on this line is longer than 1024 characters, which YAML cannot read; field names are short words."
            : string.Empty;
    }

    private static int? FindTabIndentation(string text)
    {
        var atLineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                atLineStart = true;
            }
            else if (atLineStart && c == '\t')
            {
                return i;
            }
            else if (c != ' ')
            {
                atLineStart = false;
            }
        }

        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Builds the tree from parser events with an explicit stack: no recursion over input depth.</summary>
    private sealed class TreeBuilder
    {
        private readonly LineMap lines;
        private readonly List<DiagnosticInfo> diagnostics;
        private readonly int offset;
        private readonly Stack<Frame> open = new();
        private int documents;
        private int nodes;

        public TreeBuilder(LineMap lines, List<DiagnosticInfo> diagnostics, int offset)
        {
            this.lines = lines;
            this.diagnostics = diagnostics;
            this.offset = offset;
        }

        public YamlNode? Root { get; private set; }

        /// <summary>Where the innermost still-open [ or { started, if any.</summary>
        public int? InnermostOpenFlowStart => open.FirstOrDefault(f => f.IsFlow)?.Node.Start;

        /// <summary>Takes one event; false stops reading (a limit was crossed or the input is unsupported).</summary>
        public bool Accept(ParsingEvent e)
        {
            var start = (int)e.Start.Index + offset;
            var end = (int)e.End.Index + offset;
            switch (e)
            {
                case DocumentStart document:
                    if (++documents > 1)
                    {
                        Report(DiagnosticDescriptors.MultipleDocuments, start, end);
                        return false;
                    }

                    if (document.Version is not null || HasOwnTagDirective(document))
                    {
                        Report(DiagnosticDescriptors.UnsupportedYaml, start, end, "Directives (%YAML, %TAG)", "remove the line that starts with '%'.");
                        return false;
                    }

                    return true;

                case AnchorAlias:
                    Report(DiagnosticDescriptors.UnsupportedYaml, start, end, "Aliases (*name)", "write the value out in full; facts refer to each other by id.");
                    return false;

                case NodeEvent node when !node.Anchor.IsEmpty:
                    Report(DiagnosticDescriptors.UnsupportedYaml, start, end, "Anchors (&name)", "remove the anchor; facts refer to each other by id.");
                    return false;

                case NodeEvent node when !node.Tag.IsEmpty:
                    Report(DiagnosticDescriptors.UnsupportedYaml, start, end, "Tags (!name, !!type)", "remove the tag; the schema gives every field its type, and quotes make any value text.");
                    return false;

                case Scalar scalar:
                    if (!CountNode(start, end))
                    {
                        return false;
                    }

                    if (scalar.Value.Length > Limits.MaxScalarLength)
                    {
                        Report(DiagnosticDescriptors.LimitExceeded, start, end, Invariant($"This value has {scalar.Value.Length} characters, more than the limit of {Limits.MaxScalarLength}."));
                        return false;
                    }

                    return Attach(YamlNode.Scalar(scalar.Value, scalar.Style == ScalarStyle.Plain, start, end));

                case MappingStart or SequenceStart:
                    if (!CountNode(start, end))
                    {
                        return false;
                    }

                    if (open.Count >= Limits.MaxDepth)
                    {
                        Report(DiagnosticDescriptors.LimitExceeded, start, end, Invariant($"Mappings and lists are nested more than {Limits.MaxDepth} deep here."));
                        return false;
                    }

                    var isFlow = e is MappingStart { Style: MappingStyle.Flow } || e is SequenceStart { Style: SequenceStyle.Flow };
                    open.Push(new Frame(e is MappingStart ? YamlNode.Mapping(start, isFlow) : YamlNode.Sequence(start), isFlow));
                    return true;

                case MappingEnd or SequenceEnd:
                    var frame = open.Pop();
                    frame.Node.End = end;
                    return Attach(frame.Node);

                default:
                    return true; // stream and document boundaries, comments
            }
        }

        // YamlDotNet lists the two default tag handles (! and !!) on every document; only others were written.
        private static bool HasOwnTagDirective(DocumentStart document)
            => document.Tags is not null && document.Tags.Any(t => !(t.Handle == "!" && t.Prefix == "!") && !(t.Handle == "!!" && t.Prefix == "tag:yaml.org,2002:"));

        private bool CountNode(int start, int end)
        {
            if (++nodes <= Limits.MaxNodes)
            {
                return true;
            }

            Report(DiagnosticDescriptors.LimitExceeded, start, end, Invariant($"The file holds more than {Limits.MaxNodes} values."));
            return false;
        }

        private bool Attach(YamlNode node)
        {
            if (open.Count == 0)
            {
                Root = node;
                return true;
            }

            var parent = open.Peek();
            if (parent.Node.Kind == YamlNodeKind.Sequence)
            {
                parent.Node.Items.Add(node);
                return true;
            }

            if (parent.PendingKey is null)
            {
                if (node.Kind != YamlNodeKind.Scalar)
                {
                    Report(DiagnosticDescriptors.UnsupportedYaml, node.Start, node.End, "Keys that are lists or mappings", "a key is a plain name, such as 'title'.");
                    return false;
                }

                var key = node.Value.Normalize(NormalizationForm.FormC);
                foreach (var pair in parent.Node.Pairs)
                {
                    if (string.Equals(pair.Key.Value.Normalize(NormalizationForm.FormC), key, StringComparison.Ordinal))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.DuplicateKey,
                            lines.Node(node),
                            lines.Node(pair.Key),
                            YamlNode.Shorten(node.Value),
                            lines.LineAndColumn(pair.Key.Start)));
                        break;
                    }
                }

                parent.PendingKey = node;
                return true;
            }

            parent.Node.Pairs.Add(new KeyValuePair<YamlNode, YamlNode>(parent.PendingKey, node));
            parent.PendingKey = null;
            return true;
        }

        private void Report(DescriptorInfo descriptor, int start, int end, params string[] arguments)
            => diagnostics.Add(DiagnosticInfo.Create(descriptor, lines.Span(start, end), arguments));

        private sealed class Frame
        {
            public Frame(YamlNode node, bool isFlow)
            {
                Node = node;
                IsFlow = isFlow;
            }

            public YamlNode Node { get; }

            public bool IsFlow { get; }

            public YamlNode? PendingKey { get; set; }
        }
    }
}
