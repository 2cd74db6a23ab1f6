using Xunit;

namespace Briefings.Generators.Tests;

/// <summary>The checks a kind declares in the every-type sample's schema (identity, agree, min, date-order, must-cite), each at its place.</summary>
public partial class DiagnosticTests
{
    [Fact]
    public void BRF040_a_move_that_disagrees_is_reported_at_both_values()
        => Assert.Equal(
            new[]
            {
                "seeds/bad.yaml(6,9): warning BRF040: The market-move 'other' gives change: -17%, but 'nvidia-2025-01-27' at seeds/nvidia-2025-01-27.yaml(6,9) gives change: -16.86%, and both are the same market-move (organisation: nvidia, date: 2025-01-27). Correct one of them, or record the dispute in a fact whose 'role: disputes' field lists both.",
                "seeds/nvidia-2025-01-27.yaml(6,9): warning BRF040: The market-move 'nvidia-2025-01-27' gives change: -16.86%, but 'other' at seeds/bad.yaml(6,9) gives change: -17%, and both are the same market-move (organisation: nvidia, date: 2025-01-27). Correct one of them, or record the dispute in a fact whose 'role: disputes' field lists both.",
            },
            Diagnose("bad.yaml", "kind: market-move\nid: other\ndate: 2025-01-27\norganisation: nvidia\ndirection: down\nchange: -17%\n"));

    [Fact]
    public void BRF041_a_disagreement_the_schema_makes_an_error()
        => Assert.Contains(
            "seeds/bad.yaml(4,10): error BRF041: The organisation 'other' gives founded: 1999, but 'nvidia' at seeds/organisations.yaml(10,14) gives founded: 1993, and both are the same organisation (name: { en: Nvidia, zh-Hant: 英偉達 }); the schema makes this an error ('disagreement: error'). Correct one of them, or record the dispute in a fact whose 'role: disputes' field lists both.",
            Diagnose("bad.yaml", "kind: organisation\nid: other\nname: { en: Nvidia, zh-Hant: 英偉達 }\nfounded: 1999\nsources: [{ source: herald, paragraph: 2 }]\n"));

    [Fact]
    public void BRF042_a_number_above_its_max_or_below_its_min()
        => AssertSingle(
            "seeds/bad.yaml(7,9): error BRF042: '-3' is below 0, the 'min:' the schema gives the field 'volume'. Fix the value, or the bound in the schema if it is wrong.",
            "bad.yaml",
            "kind: market-move\nid: other\ndate: 2025-01-28\norganisation: nvidia\nchange: 1%\ndirection: up\nvolume: -3\n");

    [Fact]
    public void BRF043_a_date_before_the_date_it_may_not_precede()
        => AssertSingle(
            "seeds/bad.yaml(5,12): error BRF043: The organisation 'other' has dissolved: 2001-12-31, before founded: 2002; the schema says 'dissolved' is not before 'founded'. Fix whichever date is wrong.",
            "bad.yaml",
            "kind: organisation\nid: other\nname: { en: Other, zh-Hant: 其他 }\nfounded: 2002\ndissolved: 2001-12-31\nsources: [{ source: herald, paragraph: 2 }]\n");

    [Fact]
    public void BRF044_a_citation_the_schema_requires_is_missing()
        => AssertSingle(
            "seeds/bad.yaml(7,1): error BRF044: The market-move 'other' does not cite the source 'nvidia-statement' its field 'reported-in' names, which the schema requires ('must-cite: reported-in'). Add a citation of it (as its source, or the source it came through).",
            "bad.yaml",
            "kind: market-move\nid: other\ndate: 2025-01-28\norganisation: nvidia\nchange: 1%\ndirection: up\nsources: [{ source: herald, paragraph: 2 }]\nreported-in: nvidia-statement\n");
}
