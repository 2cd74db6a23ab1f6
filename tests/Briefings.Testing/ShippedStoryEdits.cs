using System;
using System.IO;

namespace Briefings.Testing;

/// <summary>Edits an editor makes to a copy of the shipped seeds, shared by the tests that publish and diff them.</summary>
public static class ShippedStoryEdits
{
    /// <summary>
    /// Changes Nvidia's fall of 27 January 2025 from -16.86% to -17% and records why in an editorial note (a correction
    /// the publish and diff tests follow), in the facts folder <paramref name="facts"/> (a copy of seeds/).
    /// </summary>
    public static void CorrectNvidiaFall(string facts)
    {
        var moves = Path.Combine(facts, "market-moves", "2025-01-27.yaml");
        var text = File.ReadAllText(moves);
        var corrected = text.Replace("change: -16.86%", "change: -17%", StringComparison.Ordinal);
        if (corrected == text)
        {
            throw new InvalidOperationException($"{moves} no longer says 'change: -16.86%': update this edit.");
        }

        File.WriteAllText(moves, corrected);
        File.AppendAllText(Path.Combine(facts, "editorial-notes", "notes.yaml"), """
              - id: nvidia-change-corrected
                defect: contradictory-date
                paragraph: 3
                printed: "16.86%"
                resolution: corrected
                corrected: "17%"
                reason: { en: "The closing price gives 17%.", zh-Hant: "收市價為17%。" }
                affects-market-moves: [nvidia-2025-01-27]
                sources:
                  - { source: sbh-deepseek-article, paragraph: 3 }

            """);
    }
}
