using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Briefings.Rendering.Diagnostics;
using Briefings.Rendering.Model;
using Briefings.Runtime;
using Scriban.Runtime;

namespace Briefings.Rendering.Templates;

/// <summary>
/// templates/strings.json: per language, a <c>format</c> block (dates, numbers) and a <c>ui</c> block (the words of the
/// templates). One set of templates serves every language; adding a language means adding a block here.
/// </summary>
public sealed class UiStrings
{
    public const string FileName = "strings.json";

    private readonly Dictionary<string, (LanguageFormat Format, IReadOnlyDictionary<string, string> Ui)> languages;

    private UiStrings(Dictionary<string, (LanguageFormat, IReadOnlyDictionary<string, string>)> languages) => this.languages = languages;

    public LanguageFormat Format(string language) => languages[language].Format;

    /// <summary>The <c>ui</c> object templates see: read-only, and a misspelt key is an error (strict member access).</summary>
    public ScriptObject Ui(string language)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in languages[language].Ui)
        {
            result.SetValue(key, value, readOnly: true);
        }

        return result;
    }

    /// <summary>Reads and checks the file for the model's languages; null with diagnostics when it is unusable.</summary>
    public static UiStrings? Load(string path, string displayPath, IReadOnlyList<string> modelLanguages, List<RenderDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(modelLanguages);
        ArgumentNullException.ThrowIfNull(diagnostics);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(RenderDiagnostics.TemplateUnreadable.At(displayPath, 0, 0, displayPath, ex.Message));
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            diagnostics.Add(RenderDiagnostics.StringsInvalid.At(displayPath, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, "not valid JSON: " + ex.Message));
            return null;
        }

        using (document)
        {
            var errors = diagnostics.Count;
            var result = new Dictionary<string, (LanguageFormat, IReadOnlyDictionary<string, string>)>(StringComparer.Ordinal);
            string[]? referenceKeys = null;
            foreach (var language in modelLanguages)
            {
                var line = LineOf(text, "\"" + language + "\"");
                if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty(language, out var block))
                {
                    diagnostics.Add(RenderDiagnostics.StringsInvalid.At(displayPath, 1, 1, $"the model has the language '{language}' but the file has no \"{language}\" block"));
                    continue;
                }

                var format = ReadFormat(language, block, text, displayPath, line, diagnostics);
                var ui = ReadUi(language, block, text, displayPath, line, diagnostics);
                if (referenceKeys is null)
                {
                    referenceKeys = ui.Keys.ToArray();
                }
                else
                {
                    CompareKeys(language, modelLanguages[0], referenceKeys, ui, text, displayPath, line, diagnostics);
                }

                if (format is not null)
                {
                    result[language] = (format, ui);
                }
            }

            return diagnostics.Count > errors ? null : new UiStrings(result);
        }
    }

    /// <summary>A language's <c>ui</c> block: every word the templates print, by key.</summary>
    private static SortedDictionary<string, string> ReadUi(string language, JsonElement block, string text, string displayPath, int line, List<RenderDiagnostic> diagnostics)
    {
        var ui = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!block.TryGetProperty("ui", out var uiBlock) || uiBlock.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(RenderDiagnostics.StringsInvalid.At(displayPath, line, 1, $"\"{language}\" has no \"ui\" object"));
            return ui;
        }

        foreach (var entry in uiBlock.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String)
            {
                diagnostics.Add(RenderDiagnostics.StringsInvalid.At(displayPath, LineOf(text, "\"" + entry.Name + "\""), 1, $"\"{language}\".ui.{entry.Name} must be a string"));
                continue;
            }

            ui[entry.Name] = entry.Value.GetString()!;
        }

        return ui;
    }

    /// <summary>Every language has the first language's <c>ui</c> keys, no fewer and no more.</summary>
    private static void CompareKeys(string language, string first, string[] referenceKeys, SortedDictionary<string, string> ui, string text, string displayPath, int line, List<RenderDiagnostic> diagnostics)
    {
        foreach (var missing in referenceKeys.Except(ui.Keys, StringComparer.Ordinal))
        {
            diagnostics.Add(RenderDiagnostics.StringsInvalid.At(displayPath, line, 1, $"\"{language}\".ui has no \"{missing}\", which \"{first}\" has"));
        }

        foreach (var extra in ui.Keys.Except(referenceKeys, StringComparer.Ordinal))
        {
            diagnostics.Add(RenderDiagnostics.StringsInvalid.At(displayPath, LineOf(text, "\"" + extra + "\""), 1, $"\"{language}\".ui has \"{extra}\", which \"{first}\" lacks"));
        }
    }

    private static LanguageFormat? ReadFormat(string language, JsonElement block, string text, string displayPath, int line, List<RenderDiagnostic> diagnostics)
    {
        if (!block.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(RenderDiagnostics.StringsInvalid.At(displayPath, line, 1, $"\"{language}\" has no \"format\" object"));
            return null;
        }

        var ok = true;
        string Get(string name)
        {
            if (format.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString()!;
            }

            diagnostics.Add(RenderDiagnostics.StringsInvalid.At(displayPath, line, 1, $"\"{language}\".format has no string \"{name}\""));
            ok = false;
            return string.Empty;
        }

        var months = format.TryGetProperty("month_names", out var m) && m.ValueKind == JsonValueKind.Array
            ? m.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
            : [];
        if (months.Length != 12)
        {
            diagnostics.Add(RenderDiagnostics.StringsInvalid.At(displayPath, line, 1, $"\"{language}\".format.month_names must list 12 names"));
            ok = false;
        }

        // The words of quantities: every bound and direction the schema may declare needs a pattern with {quantity}.
        IReadOnlyDictionary<string, string> Map(string name, IReadOnlyList<string>? required = null)
        {
            var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (!format.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(RenderDiagnostics.StringsInvalid.At(displayPath, line, 1, $"\"{language}\".format has no object \"{name}\""));
                ok = false;
                return map;
            }

            foreach (var entry in value.EnumerateObject().Where(e => e.Value.ValueKind == JsonValueKind.String))
            {
                map[entry.Name] = entry.Value.GetString()!;
            }

            foreach (var word in required ?? [])
            {
                if (!map.TryGetValue(word, out var pattern) || !pattern.Contains("{quantity}", StringComparison.Ordinal))
                {
                    diagnostics.Add(RenderDiagnostics.StringsInvalid.At(displayPath, line, 1, $"\"{language}\".format.{name} needs \"{word}\", a pattern with {{quantity}}"));
                    ok = false;
                }
            }

            return map;
        }

        var scales = new List<(decimal, string)>();
        foreach (var (key, pattern) in Map("scales"))
        {
            if (decimal.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var scale) && scale > 0)
            {
                scales.Add((scale, pattern));
            }
            else
            {
                diagnostics.Add(RenderDiagnostics.StringsInvalid.At(displayPath, LineOf(text, "\"" + key + "\""), 1, $"\"{language}\".format.scales has \"{key}\", which is not a whole number above 0"));
                ok = false;
            }
        }

        var result = new LanguageFormat
        {
            Language = language,
            DateDay = Get("date_day"),
            DateMonth = Get("date_month"),
            DateYear = Get("date_year"),
            MonthNames = months,
            GroupSeparator = Get("group_separator"),
            DecimalSeparator = Get("decimal_separator"),
            PercentPattern = Get("percent"),
            MoneyPattern = Get("money"),
            UnitPattern = Get("unit"),
            Bounds = Map("bounds", QuantityWords.Bounds),
            Directions = Map("directions", QuantityWords.Directions),
            Scales = scales.OrderByDescending(x => x.Item1).ToArray(),
            Currencies = Map("currencies"),
            Fractions = Map("fractions"),
        };
        return ok ? result : null;
    }

    private static int LineOf(string text, string needle)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        if (index < 0)
        {
            return 1;
        }

        var line = 1;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }
}
