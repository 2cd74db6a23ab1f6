using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Briefings.Rendering.Model;
using Scriban.Runtime;

namespace Briefings.Rendering.Output;

/// <summary>
/// Serialises template values (script objects, arrays, leaves, strings, numbers) as JSON, members in insertion order,
/// two-space indent, <c>\n</c> line ends. A fact met again inside itself is written as its id, so cycles end.
/// </summary>
public static class ScriptJson
{
    public static string Serialize(object? value, bool scriptSafe, bool indented = true) => Serialize(value, scriptSafe, indented, depth: 0);

    /// <summary>A value as written <paramref name="depth"/> levels down a document, to be placed there as a <see cref="JsonFragment"/>.</summary>
    internal static string Serialize(object? value, bool scriptSafe, bool indented, int depth)
    {
        var builder = new StringBuilder();
        Write(builder, value, scriptSafe, indented, depth, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, bool scriptSafe, bool indented, int depth, HashSet<object> open)
    {
        if (depth > 64)
        {
            throw new InvalidOperationException("JSON nesting deeper than 64 levels; is a value referring to itself?");
        }

        if (WriteScalar(builder, value, scriptSafe))
        {
            return;
        }

        if (value is ScriptObject obj)
        {
            WriteObject(builder, obj, scriptSafe, indented, depth, open);
        }
        else if (value is IEnumerable list)
        {
            WriteArray(builder, list, scriptSafe, indented, depth, open);
        }
        else
        {
            builder.Append(Escape.JsonString(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, scriptSafe));
        }
    }

    /// <summary>Writes null, a boolean, a number or a text; false for anything else.</summary>
    private static bool WriteScalar(StringBuilder builder, object? value, bool scriptSafe)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return true;
            case JsonFragment fragment:
                builder.Append(fragment.Json);
                return true;
            case bool b:
                builder.Append(b ? "true" : "false");
                return true;
            case string s:
                builder.Append(Escape.JsonString(s, scriptSafe));
                return true;
            case RawMarkup raw:
                builder.Append(Escape.JsonString(raw.Value, scriptSafe));
                return true;
            case ScriptLeaf leaf:
                builder.Append(Escape.JsonString(leaf.Text, scriptSafe));
                return true;
            case int or long or decimal or short or byte or uint or ulong:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return true;
            case double d:
                builder.Append(double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "null");
                return true;
            case float f:
                builder.Append(float.IsFinite(f) ? f.ToString("R", CultureInfo.InvariantCulture) : "null");
                return true;
            default:
                return false;
        }
    }

    private static void WriteObject(StringBuilder builder, ScriptObject obj, bool scriptSafe, bool indented, int depth, HashSet<object> open)
    {
        if (obj is FactObject fact)
        {
            Incremental.RenderTracker.Touch(fact.Key); // read below through the dictionary, which the fact cannot see
        }

        if (!open.Add(obj))
        {
            builder.Append(obj.TryGetValue("id", out var id) && id is string text ? Escape.JsonString(text, scriptSafe) : "null");
            return;
        }

        builder.Append('{');
        var first = true;
        foreach (var member in obj)
        {
            builder.Append(first ? string.Empty : ",");
            first = false;
            NewLine(builder, indented, depth + 1);
            builder.Append(Escape.JsonString(member.Key, scriptSafe)).Append(indented ? ": " : ":");
            Write(builder, member.Value, scriptSafe, indented, depth + 1, open);
        }

        if (!first)
        {
            NewLine(builder, indented, depth);
        }

        builder.Append('}');
        open.Remove(obj);
    }

    private static void WriteArray(StringBuilder builder, IEnumerable list, bool scriptSafe, bool indented, int depth, HashSet<object> open)
    {
        builder.Append('[');
        var first = true;
        foreach (var item in list)
        {
            builder.Append(first ? string.Empty : ",");
            first = false;
            NewLine(builder, indented, depth + 1);
            Write(builder, item, scriptSafe, indented, depth + 1, open);
        }

        if (!first)
        {
            NewLine(builder, indented, depth);
        }

        builder.Append(']');
    }

    private static void NewLine(StringBuilder builder, bool indented, int depth)
    {
        if (indented)
        {
            builder.Append('\n').Append(' ', depth * 2);
        }
    }
}

/// <summary>A value already serialised at the depth where it is placed (see <see cref="ScriptJson.Serialize(object?, bool, bool, int)"/>): written as it is.</summary>
internal sealed record JsonFragment(string Json);
