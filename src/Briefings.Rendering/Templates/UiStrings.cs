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

    /// <summary>The <c>ui</c> words of a language, for C# that writes text as the templates do (the diff).</summary>
    public IReadOnlyDictionary<string, string> Words(string language) => languages[language].Ui;

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

        var reader = new FormatBlockReader(language, format, displayPath, line, diagnostics, key => LineOf(text, "\"" + key + "\""));
        var result = new LanguageFormat
        {
            Language = language,
            DateDay = reader.Text("date_day"),
            DateMonth = reader.Text("date_month"),
            DateYear = reader.Text("date_year"),
            MonthNames = reader.MonthNames(),
            GroupSeparator = reader.Text("group_separator"),
            DecimalSeparator = reader.Text("decimal_separator"),
            PercentPattern = reader.Text("percent"),
            MoneyPattern = reader.Text("money"),
            UnitPattern = reader.Text("unit"),
            Bounds = reader.Map("bounds", QuantityWords.Bounds),
            Directions = reader.Map("directions", QuantityWords.Directions),
            Scales = reader.Scales(),
            Currencies = reader.Map("currencies"),
            Fractions = reader.Map("fractions"),
        };
        return reader.IsValid ? result : null;
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
