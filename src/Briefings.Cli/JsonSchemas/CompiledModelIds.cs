using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Briefings.Runtime;

namespace Briefings.Cli.JsonSchemas;

/// <summary>
/// The ids and titles of a compiled model, read through its contract (<see cref="IFactModel"/>): what the render step
/// lists in the JSON Schemas. The model is what the generator's pipeline bound, and the render step runs only after it
/// compiled without an error, so these are the ids <see cref="ReferenceIds.From(Briefings.Facts.Pipeline.FactBaseResult)"/>
/// reads from the facts, without parsing every fact file a second time (at 10,000 facts that would add seconds to
/// every build). The title rule is <see cref="FactTitles"/>'s; a test holds the two to the same answer.
/// </summary>
internal static class CompiledModelIds
{
    public static ReferenceIds Read(IFactModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var language = model.Languages.Count > 0 ? model.Languages[0] : "en";
        return ReferenceIds.Create(model.Kinds.Select(kind => (
            kind.Descriptor.Name,
            (IReadOnlyList<NamedId>)kind.Facts.Select(f => new NamedId(f.Id, Title(f, language, throughReference: true))).OrderBy(n => n.Id, StringComparer.Ordinal).ToList())));
    }

    private static string Title(IFact fact, string language, bool throughReference)
    {
        var fields = fact.Descriptor.Fields;
        var field = fact.Descriptor.WithRole(FieldRole.Title)
            ?? fields.FirstOrDefault(f => f.IsRequired && !f.IsList && f.Type is FieldType.Text or FieldType.Localized);
        var value = field is null ? null : fact.GetValue(field);
        if (value is IList list)
        {
            value = list.Count > 0 ? list[0] : null;
        }

        return value switch
        {
            LocalizedText text => text.Get(language) ?? text.Values.FirstOrDefault() ?? string.Empty,
            // Through a reference, one step: the referenced fact's own name if it has one that is no reference itself.
            IRef reference when throughReference && !IsReferenceTitle(reference.Target) && Title(reference.Target, language, throughReference: false) is { Length: > 0 } name => name,
            IRef reference => reference.Id,
            string text => text,
            _ => string.Empty,
        };
    }

    private static bool IsReferenceTitle(IFact fact) => fact.Descriptor.WithRole(FieldRole.Title) is { Type: FieldType.Ref };
}
