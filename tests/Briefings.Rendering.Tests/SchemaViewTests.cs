using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Briefings.Runtime;
using Briefings.Story;
using Briefings.Testing;
using Xunit;

namespace Briefings.Rendering.Tests;

/// <summary>
/// What templates see of the schema (<c>kinds</c>) and the schema functions, rendered from the shipped story in both
/// languages; expectations come from the schema file and the typed model, not from the renderer.
/// </summary>
public class SchemaViewTests
{
    private static (string En, string Zh) Render(string template)
    {
        using var temp = new TempFolder();
        RenderHelper.TemplatesWith(temp.Path, ("briefing.md.sbn", template));
        var files = RenderHelper.Succeeded(BriefingRenderer.Render(new RenderRequest { Model = new FactsModel(), TemplatesDirectory = temp.Path, Slug = "s" }));
        // Markdown escapes '_' and the like with a backslash; the tests compare the text.
        static string Text(string md) => md.TrimEnd('\n').Replace("\\", string.Empty, StringComparison.Ordinal);
        return (Text(files["s.en.md"]), Text(files["s.zh-Hant.md"]));
    }

    [Fact]
    public void Kinds_come_in_schema_declaration_order_with_their_collection_label_presentation_and_facts()
    {
        var schema = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "seeds", "schema.yaml"));
        var declared = Regex.Matches(schema[schema.IndexOf("\nkinds:", StringComparison.Ordinal)..], "^  ([a-z-]+):$", RegexOptions.Multiline).Select(m => m.Groups[1].Value);

        var (en, zh) = Render("{{ for k in kinds }}{{ k.name }}|{{ k.collection }}|{{ k.label }}|{{ k.present }}|{{ k.facts.size == facts[k.collection].size }}\n{{ end }}");

        var rows = en.Split('\n');
        Assert.Equal(declared, rows.Select(r => r.Split('|')[0]));
        Assert.Contains("market-move|market_moves|Market moves|chart|true", rows);
        Assert.Contains("editorial-note|editorial_notes|Editorial notes|notes|true", rows);
        Assert.Contains("market-move|market_moves|市場走勢|chart|true", zh.Split('\n'));
        Assert.All(rows, r => Assert.EndsWith("|true", r, StringComparison.Ordinal));
    }

    [Fact]
    public void A_kind_lists_its_fields_in_schema_order_and_its_roles_by_word()
    {
        const string template = "{{ for k in kinds }}{{ if k.name == 'market-move' }}{{ k.roles.title }},{{ k.roles.value }},{{ k.roles.date }},{{ object.has_key k.roles 'quote' }}"
            + "{{ for f in k.fields }}{{ if f.name == 'direction' || f.name == 'organisation' || f.name == 'sources' }};{{ f.key }}:{{ f.label }}:{{ f.type }}:{{ f.role }}:{{ f.is_list }}:{{ f.target }}:{{ for v in f.values }}{{ v.value }}={{ v.label }} {{ end }}{{ end }}{{ end }}{{ end }}{{ end }}";

        var (en, zh) = Render(template);

        Assert.Equal("subject,change,date,false;organisation:Organisation:ref::false:organisation:;direction:Direction:enum:direction:false::up=rose down=fell ;sources:Sources:citation:citations:true:citation:", en);
        Assert.Equal("subject,change,date,false;organisation:機構:ref::false:organisation:;direction:方向:enum:direction:false::up=上漲 down=下跌 ;sources:出處:citation:citations:true:citation:", zh);
    }

    [Fact]
    public void The_schema_functions_read_a_fact_through_its_kinds_roles_and_labels()
    {
        const string template = "{{ m = facts.market_moves[0] }}{{ kind_of(m).label }}|{{ title_of m }}|{{ role_of m 'value' }}|{{ (role_of m 'quote') == null }}|{{ value_label m 'direction' }}|{{ field_label m 'change' }}\n"
            + "{{ q = facts.quotes[0] }}{{ title_of q }}|{{ role_of q 'quote' }}";
        var move = Facts.MarketMoves.All[0];
        var quote = Facts.Quotes.All[0];

        var (en, zh) = Render(template);

        var enLines = en.Split('\n');
        var zhLines = zh.Split('\n');
        Assert.StartsWith($"Market moves|{move.Subject["en"]}|", enLines[0], StringComparison.Ordinal);
        Assert.EndsWith($"|true|{(move.Direction == MarketMoveDirection.Down ? "fell" : "rose")}|Change", enLines[0], StringComparison.Ordinal);
        Assert.StartsWith($"市場走勢|{move.Subject["zh-Hant"]}|", zhLines[0], StringComparison.Ordinal);
        Assert.EndsWith($"|{(move.Direction == MarketMoveDirection.Down ? "下跌" : "上漲")}|變動", zhLines[0], StringComparison.Ordinal);
        Assert.Equal($"{quote.Speaker.Value.Name["en"]}|{quote.Words["en"]}", enLines[1]);
        Assert.Equal($"{quote.Speaker.Value.Name["zh-Hant"]}|{quote.Words["zh-Hant"]}", zhLines[1]);
    }

    [Fact]
    public void Referrers_are_the_facts_of_a_kind_that_refer_to_a_fact_in_id_order()
    {
        var quote = Facts.Quotes.All.First(q => Facts.EditorialNotes.All.Any(n => n.AffectsQuotes.Any(r => r.Id == q.Id)));
        var expected = Facts.EditorialNotes.All.Where(n => n.AffectsQuotes.Any(r => r.Id == quote.Id)).Select(n => n.Id).OrderBy(id => id, StringComparer.Ordinal);

        var (en, _) = Render("{{ for q in facts.quotes }}{{ if q.id == '" + quote.Id + "' }}{{ for n in (referrers q 'editorial-note') }}{{ n.id }} {{ end }}|{{ (referrers q 'claim').size }}{{ end }}{{ end }}");

        Assert.Equal(string.Join(" ", expected) + " |" + Facts.Claims.All.Count(c => c.Quotes.Any(r => r.Id == quote.Id)), en);
    }

    [Fact]
    public void A_function_given_an_unknown_field_role_or_kind_is_a_template_error()
    {
        foreach (var call in new[] { "field_label facts.quotes[0] 'wrds'", "role_of facts.quotes[0] 'headline'", "referrers facts.quotes[0] 'note'", "value_label facts.quotes[0] 'words'" })
        {
            using var temp = new TempFolder();
            RenderHelper.TemplatesWith(temp.Path, ("briefing.md.sbn", "{{ " + call + " }}"));
            var result = BriefingRenderer.Render(new RenderRequest { Model = new FactsModel(), TemplatesDirectory = temp.Path, Slug = "s" });
            Assert.False(result.Succeeded, call);
            Assert.Contains(result.Diagnostics, d => d.IsError && d.Line == 1);
        }
    }

    [Fact]
    public void Labels_fall_back_to_the_humanized_name_in_english_and_to_the_first_language_elsewhere()
    {
        var field = new FieldDescriptor(0, "based-in", "BasedIn", FieldType.Enum, false, false, null, FieldRole.None, ["more-than"], Labels.Of("en", "Based in (en)"), Labels.ForValues("more-than", Labels.Of("zh-Hant", "逾")));
        var kind = new RecordDescriptor("market-move", "MarketMove", "MarketMoves", [field]);

        Assert.Equal("Market moves", kind.LabelIn("en", "en"));
        Assert.Equal("Market moves", kind.LabelIn("zh-Hant", "en"));
        Assert.Equal("cards", kind.Presentation);
        Assert.Equal("Based in (en)", field.LabelIn("zh-Hant", "en"));
        Assert.Equal("Based in", field.LabelIn("en-GB", "en"));
        Assert.Equal("逾", field.EnumLabelIn("more-than", "zh-Hant", "en"));
        Assert.Equal("More than", field.EnumLabelIn("more-than", "en", "zh-Hant"));
        Assert.Equal("More than", field.EnumLabelIn("more-than", "fr", "en"));
        Assert.Equal("逾", field.EnumLabelIn("more-than", "fr", "zh-Hant"));
    }
}
