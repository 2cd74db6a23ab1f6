using Briefings.Rendering.Model;
using Xunit;

namespace Briefings.Rendering.Tests.Numbers;

/// <summary><see cref="LanguageFormat.Quantity"/> with the shipped strings.json: scale words, signs and directions, decimals, bounds.</summary>
public sealed class QuantityFormatTests
{
    private static readonly LanguageFormat En = ShippedNumbersTests.Format("en");
    private static readonly LanguageFormat Zh = ShippedNumbersTests.Format("zh-Hant");

    [Theory]
    [InlineData("9999", "9,999")]
    [InlineData("10000", "1萬")]
    [InlineData("12345", "12,345")]
    [InlineData("15000", "1.5萬")]
    [InlineData("12300", "1.23萬")]
    [InlineData("99990000", "9999萬")]
    [InlineData("100000000", "1億")]
    [InlineData("123456789", "123,456,789")]
    [InlineData("123450000", "12345萬")]
    [InlineData("500000000000", "5000億")]
    [InlineData("1000000000000", "1兆")]
    [InlineData("-5500000", "-550萬")]
    public void Chinese_large_numbers_use_wan_and_yi_where_exact(string value, string expected)
        => Assert.Equal(expected, Zh.Large(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("999999", "999,999")]
    [InlineData("10000", "10,000")]
    [InlineData("1000000", "1 million")]
    [InlineData("5500000", "5.5 million")]
    [InlineData("1234567", "1,234,567")]
    [InlineData("9000000000", "9 billion")]
    [InlineData("1250000000", "1.25 billion")]
    [InlineData("500000000000", "500 billion")]
    public void English_large_numbers_use_million_and_billion_where_exact(string value, string expected)
        => Assert.Equal(expected, En.Large(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("-17", "more-than", "down", "fell more than 17%", "下跌逾17%")]
    [InlineData("-16.86", null, "down", "fell 16.86%", "下跌16.86%")]
    [InlineData("2.5", "nearly", "up", "rose nearly 2.5%", "上漲近2.5%")]
    [InlineData("-3.07", null, null, "-3.07%", "-3.07%")]
    [InlineData("-17", "more-than", null, "more than -17%", "逾-17%")]
    [InlineData("0.5", "exact", null, "0.5%", "0.5%")]
    public void Percents_take_the_direction_word_instead_of_the_sign(string value, string? bound, string? direction, string en, string zh)
    {
        var q = new Qualifiers(bound, direction, null);
        var number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(en, En.Quantity(number, QuantityKind.Percent, q));
        Assert.Equal(zh, Zh.Quantity(number, QuantityKind.Percent, q));
    }

    [Theory]
    [InlineData("5500000", "USD", "about", "about 5.5 million US dollars", "約550萬美元")]
    [InlineData("9000000000", "USD", null, "9 billion US dollars", "90億美元")]
    [InlineData("-2000000", "EUR", "at-least", "at least -2 million euros", "至少-200萬歐元")]
    [InlineData("1234.5", "XTS", null, "1,234.5 XTS", "1,234.5XTS")]
    public void Money_is_written_with_scale_words_and_the_currency_name(string value, string currency, string? bound, string en, string zh)
    {
        var q = new Qualifiers(bound, null, null);
        var number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(en, En.Quantity(number, QuantityKind.Money, q, currency));
        Assert.Equal(zh, Zh.Quantity(number, QuantityKind.Money, q, currency));
    }

    [Theory]
    [InlineData("0.1", "less-than", null, "less than one tenth", "不及十分之一")]
    [InlineData("0.25", "about", null, "about one quarter", "約四分之一")]
    [InlineData("0.15", null, null, "0.15", "0.15")]
    [InlineData("1.5", "at-most", null, "at most 1.5", "最多1.5")]
    [InlineData("40", "above", "times", "above 40 times", "40times以上")]
    [InlineData("10", "below", "{number}x", "below 10x", "10x以下")]
    public void Plain_numbers_take_fraction_words_units_and_bounds(string value, string? bound, string? unit, string en, string zh)
    {
        var q = new Qualifiers(bound, null, unit);
        var number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(en, En.Quantity(number, QuantityKind.Number, q));
        Assert.Equal(zh, Zh.Quantity(number, QuantityKind.Number, q));
    }

    [Fact]
    public void Every_bound_and_direction_word_has_a_pattern_in_every_shipped_language()
    {
        foreach (var format in new[] { En, Zh })
        {
            Assert.All(Briefings.Runtime.QuantityWords.Bounds, b => Assert.Contains("{quantity}", format.Bounds[b], System.StringComparison.Ordinal));
            Assert.All(Briefings.Runtime.QuantityWords.Directions, d => Assert.Contains("{quantity}", format.Directions[d], System.StringComparison.Ordinal));
        }
    }
}
