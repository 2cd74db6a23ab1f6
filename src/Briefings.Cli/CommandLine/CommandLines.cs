using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;

namespace Briefings.Cli.CommandLine;

/// <summary>
/// How the tool reads its command line, so a bad option means the same in every verb: the errors naming the option and
/// the verb's usage on stderr, exit code 2 (1 stays each verb's "it ran and failed").
/// </summary>
internal static class CommandLines
{
    public const int UsageError = 2;

    /// <summary>Parses and runs the verb the arguments name; a usage error prints the errors and the usage on stderr and returns 2.</summary>
    public static int Run(RootCommand command, IReadOnlyList<string> args)
    {
        var result = command.Parse(args);
        if (result.Errors.Count > 0)
        {
            result.Invoke(new InvocationConfiguration { Output = Console.Error });
            return UsageError;
        }

        return result.Invoke();
    }

    /// <summary>An option with a text value. Given twice, the last one counts: `dotnet run` in this repository passes the project first, and options after the double dash override it.</summary>
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
