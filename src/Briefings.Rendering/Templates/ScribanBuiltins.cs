using System;
using System.Collections;
using System.Collections.Generic;
using Briefings.Rendering.Incremental;
using Briefings.Rendering.Model;
using Briefings.Rendering.Output;
using Scriban;
using Scriban.Runtime;

namespace Briefings.Rendering.Templates;

/// <summary>Scriban's builtins as every template gets them: deterministic, unable to run data as a template, tracked.</summary>
internal static class ScribanBuiltins
{
    /// <summary>
    /// A fresh copy of Scriban's builtins without what would make output depend on the clock or chance, or run data
    /// as a template; <c>include</c> returns trusted markup (its own output was escaped as it was written).
    /// </summary>
    public static ScriptObject CreateBuiltins(OutputFormat format)
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        Remove(builtins, "date", "now", "utc_now");
        Remove(builtins, "math", "random", "uuid");
        Remove(builtins, "object", "eval", "eval_template");
        var include = (IScriptCustomFunction)builtins["include"]!;
        builtins.Remove("include");
        builtins.Remove("include_join");
        builtins.Import("include", new Func<TemplateContext, string, RawMarkup>((context, name) =>
        {
            var arguments = new ScriptArray { name };
            var result = include.Invoke(context, context.CurrentNode, arguments, null!);
            return new RawMarkup(result as string ?? string.Empty);
        }));
        // Builtins that read a whole object through its dictionary, which fact objects cannot see: they report every
        // fact they can reach first, so a partial render knows the output depends on them.
        if (builtins["object"] is ScriptObject objects)
        {
            foreach (var name in new[] { "values", "to_json" })
            {
                if (objects[name] is IScriptCustomFunction original)
                {
                    objects.Remove(name);
                    objects.Import(name, new Func<TemplateContext, object?, object?>((context, value) =>
                    {
                        TouchReachableFacts(value, new HashSet<object>(ReferenceEqualityComparer.Instance));
                        return original.Invoke(context, context.CurrentNode, new ScriptArray { value }, null!);
                    }));
                }
            }
        }

        if (builtins["html"] is ScriptObject html)
        {
            html.Remove("escape");
            html.Import("escape", new Func<string?, RawMarkup>(text => new RawMarkup(format is OutputFormat.Html or OutputFormat.Xml ? Escape.Html(text) : text ?? string.Empty)));
        }

        return builtins;
    }

    private static void TouchReachableFacts(object? value, HashSet<object> seen)
    {
        if (value is null || value is string || !seen.Add(value))
        {
            return;
        }

        if (value is FactObject fact)
        {
            RenderTracker.Touch(fact.Key);
        }

        if (value is ScriptObject obj)
        {
            foreach (var member in obj)
            {
                TouchReachableFacts(member.Value, seen);
            }
        }
        else if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                TouchReachableFacts(item, seen);
            }
        }
    }

    private static void Remove(ScriptObject builtins, string module, params string[] names)
    {
        if (builtins[module] is ScriptObject scope)
        {
            foreach (var name in names)
            {
                scope.Remove(name);
            }
        }
    }
}
