using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;

namespace Briefings.CommandLine;

/// <summary>
/// How the three programs (render, watch, schema) read their command lines, so a bad option means the same everywhere:
/// the errors naming the option and the usage on stderr, exit code 2 (1 stays each program's "it ran and failed").
/// Compiled into each program (a linked file), because the only project they all reference is the generator.
/// </summary>
internal static class CommandLines
{
    public const int UsageError = 2;

    /// <summary>The parse result to run with, or null with the exit code when there is nothing to run (a usage error, <c>--help</c>).</summary>
    public static ParseResult? Parse(RootCommand command, IReadOnlyList<string> args, out int exitCode)
    {
        var result = command.Parse(args);
        if (result.Errors.Count > 0)
        {
            result.Invoke(new InvocationConfiguration { Output = Console.Error });
            exitCode = UsageError;
            return null;
        }

        // The root commands have no action of their own: an action here is --help or --version.
        if (result.Action is not null)
        {
            exitCode = result.Invoke();
            return null;
        }

        exitCode = 0;
        return result;
    }

    /// <summary>An option with a text value. Given twice, the last one counts: the watch loop's project file gives the paths, and options after <c>dotnet run --</c> override them.</summary>
    public static Option<string> Text(string name, string helpName, string description, bool required = false) =>
        LastWins(name, helpName, description, required, (text, _) => text);

    /// <summary>An option with a whole number of at least <paramref name="minimum"/> (no sign, invariant digits); with no default, absent is 0.</summary>
    public static Option<int> WholeNumber(string name, string description, int? defaultValue, int minimum = 0, Func<string, string>? error = null)
    {
        var option = LastWins(name, "n", description, required: false, (text, result) =>
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum)
            {
                return number;
            }

            result.AddError(error?.Invoke(text) ?? $"{name} must be a whole number of {minimum} or more, not '{text}'.");
            return minimum;
        });
        if (defaultValue is { } value)
        {
            option.DefaultValueFactory = _ => value;
        }

        return option;
    }

    private static Option<T> LastWins<T>(string name, string helpName, string description, bool required, Func<string, System.CommandLine.Parsing.ArgumentResult, T> convert) => new(name)
    {
        Description = description,
        HelpName = helpName,
        Required = required,
        // One value after each occurrence (`--out a b` leaves b unmatched, an error), any number of occurrences.
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
        CustomParser = result => convert(result.Tokens[^1].Value, result),
    };
}
