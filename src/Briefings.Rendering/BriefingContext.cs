using System;
using System.Collections.Generic;
using System.Globalization;
using Briefings.Rendering.Diagnostics;
using Briefings.Rendering.Model;
using Briefings.Rendering.Output;
using Briefings.Rendering.Templates;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefings.Rendering;

/// <summary>
/// The one place template output is escaped. Every <c>{{ expression }}</c> ends in <see cref="Write(SourceSpan, object)"/>
/// (after any pipes), so escaping cannot be forgotten: HTML entity-encodes, Markdown backslash-escapes, JSON writes a
/// literal. Only a <see cref="RawMarkup"/> (from <c>include</c>, <c>json_script</c> or the explicit <c>unsafe_raw</c>)
/// passes unescaped. Literal template text is written as is.
/// </summary>
public sealed class BriefingContext : TemplateContext
{
    private readonly HashSet<string> warned = new(StringComparer.Ordinal);
    private IListAccessor? frozenAccessor;

    public BriefingContext(ScriptObject builtins, OutputFormat format)
        : base(builtins)
    {
        Format = format;
        NewLine = "\n";
    }

    public OutputFormat Format { get; }

    private SourceSpan? lastExpression;

    /// <summary>Bytes this render may allocate on its thread (<see cref="RenderRequest.MemoryLimit"/>); 0 for no budget.</summary>
    public long MemoryLimit { get; init; }

    // A render runs on one thread from start to end, so what that thread allocated since the context was made is
    // what the render allocated: every string, list and object, garbage included.
    private readonly long allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();

    public override object? Evaluate(Scriban.Syntax.ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is Scriban.Syntax.ScriptExpressionStatement statement)
        {
            lastExpression = statement.Span;
        }

        var result = base.Evaluate(scriptNode, aliasReturnedFunction);

        // After each statement: the innermost statement that crossed the budget is the place reported.
        if (scriptNode is Scriban.Syntax.ScriptStatement and not Scriban.Syntax.ScriptBlockStatement)
        {
            CheckMemory(scriptNode.Span);
        }

        return result;
    }

    /// <summary>Each loop step too, so a loop whose body allocates in expressions alone cannot run past the budget.</summary>
    protected override bool OnStepLoop(Scriban.Syntax.ScriptLoopStatementBase loop)
    {
        CheckMemory(loop.Span);
        return base.OnStepLoop(loop);
    }

    private void CheckMemory(SourceSpan span)
    {
        if (MemoryLimit > 0 && GC.GetAllocatedBytesForCurrentThread() - allocatedAtStart > MemoryLimit)
        {
            throw new MemoryLimitException(span, MemoryLimit);
        }
    }

    /// <summary>Warnings raised while rendering (translation fallbacks, unsafe URLs), each once per fact field.</summary>
    public List<RenderDiagnostic> Warnings { get; } = [];

    /// <summary>Model arrays refuse <c>a[0] = x</c> at its place: one model is shared by every template of a language.</summary>
    protected override IListAccessor GetListAccessorImpl(object target, Type type)
    {
        if (target is not FrozenArray)
        {
            return base.GetListAccessorImpl(target, type)!;
        }

        // Asked on every access to a model array: one accessor per render, not one per access.
        return frozenAccessor ??= new ReadOnlyListAccessor(base.GetListAccessorImpl(target, type)!);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        var value = textAsObject;
        switch (value)
        {
            case null:
                return this;
            case RawMarkup raw:
                Write(raw.Value);
                return this;
        }

        if (Format == OutputFormat.Json)
        {
            Write(ScriptJson.Serialize(value, scriptSafe: false));
            return this;
        }

        if (value is LocalizedString { IsFallback: true } fallback)
        {
            Warn(span, fallback.Origin + "|" + fallback.RequestedLanguage, RenderDiagnostics.TranslationFallback, fallback.Origin, fallback.RequestedLanguage, fallback.Language);
            WriteFallback(fallback);
            return this;
        }

        if (value is UrlValue { IsSafe: false } url)
        {
            Warn(span, "url|" + url.Original, RenderDiagnostics.UnsafeUrl, "A fact", url.Original);
        }

        var text = ObjectToString(value) ?? string.Empty;
        Write(Format is OutputFormat.Html or OutputFormat.Xml ? Escape.Html(text) : value is UrlValue ? Escape.MarkdownUrl(text) : Escape.Markdown(text));
        return this;
    }

    public override string? ObjectToString(object? value, bool nested = false) => value switch
    {
        ScriptLeaf leaf => leaf.Text,
        RawMarkup raw => raw.Value,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        FactObject fact => Written(fact, nested),
        _ => base.ObjectToString(value, nested),
    };

    /// <summary>A whole fact written as text reads every member through the dictionary: track it as read.</summary>
    private string? Written(FactObject fact, bool nested)
    {
        Incremental.RenderTracker.Touch(fact.Key);
        return base.ObjectToString(fact, nested);
    }

    public override object? ToObject(SourceSpan span, object? value, Type destinationType)
    {
        if (destinationType == typeof(string) && value is ScriptLeaf or RawMarkup)
        {
            return ObjectToString(value);
        }

        return base.ToObject(span, value, destinationType);
    }

    private void WriteFallback(LocalizedString text)
    {
        if (Format == OutputFormat.Xml)
        {
            Write(Escape.Html(text.Text)); // a feed's text has no markup to mark it with
            return;
        }

        if (Format == OutputFormat.Html)
        {
            if (InsideTag())
            {
                Write(Escape.Html(text.Text));
                return;
            }

            Write("<span class=\"fallback\" lang=\"" + Escape.Html(text.Language) + "\">" + Escape.Html(text.Text)
                + " <small class=\"fallback-mark\">[" + Escape.Html(text.Language) + "]</small></span>");
            return;
        }

        Write(Escape.Markdown(text.Text) + " *\\[" + Escape.Markdown(text.Language) + "\\]*");
    }

    /// <summary>Whether the output so far ends inside an HTML tag (an attribute value), where no markup may go.</summary>
    private bool InsideTag()
    {
        if (Output is not StringBuilderOutput { Builder: var builder })
        {
            return false;
        }

        for (var i = builder.Length - 1; i >= 0; i--)
        {
            switch (builder[i])
            {
                case '>':
                    return false;
                case '<':
                    return true;
            }
        }

        return false;
    }

    private void Warn(SourceSpan span, string key, RenderDescriptor descriptor, params object?[] args)
    {
        if (warned.Add(key))
        {
            // Inside loops Scriban hands Write the span of the enclosing statement; the expression written is more precise.
            span = lastExpression ?? span;
            Warnings.Add(descriptor.At(span.FileName, span.Start.Line + 1, span.Start.Column + 1, args));
        }
    }
}

/// <summary>A render allocated more than its budget; <see cref="OutputRenderer"/> reports it as BRF116 at <see cref="Scriban.Syntax.ScriptRuntimeException.Span"/>.</summary>
public sealed class MemoryLimitException(SourceSpan span, long limit)
    : Scriban.Syntax.ScriptRuntimeException(span, "The render allocated more than its memory budget")
{
    public long Limit { get; } = limit;
}

/// <summary>Reads a model array as usual; a write is a template error at its place.</summary>
internal sealed class ReadOnlyListAccessor(IListAccessor inner) : IListAccessor
{
    public int GetLength(TemplateContext context, SourceSpan span, object target) => inner.GetLength(context, span, target);

    public object? GetValue(TemplateContext context, SourceSpan span, object target, int index) => inner.GetValue(context, span, target, index);

    public void SetValue(TemplateContext context, SourceSpan span, object target, int index, object? value)
        => throw new Scriban.Syntax.ScriptRuntimeException(span, "The model is read-only: a template cannot change it (array functions such as array.add return a changed copy).");
}
