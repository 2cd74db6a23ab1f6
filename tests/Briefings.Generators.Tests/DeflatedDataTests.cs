using System;
using System.Linq;
using System.Text;
using Briefings.Facts.Emit;
using Briefings.Runtime;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Briefings.Generators.Tests;

/// <summary>
/// The deflated form of fact data: whatever the bytes, the literal the compiler reads gives them back, and the source
/// holds nothing that could end the literal or reorder the text around it.
/// </summary>
public class DeflatedDataTests
{
    [Fact]
    public void Every_code_unit_survives_the_literal_and_only_inert_characters_stand_unescaped()
    {
        // Every one of the 65,536 code units, then an odd byte that pads the last unit.
        var bytes = Enumerable.Range(0, 65536).SelectMany(unit => new[] { (byte)unit, (byte)(unit >> 8) }).Append((byte)0x5A).ToArray();

        var literal = DeflatedData.Literal(bytes);

        var parsed = Assert.IsType<LiteralExpressionSyntax>(SyntaxFactory.ParseExpression(literal));
        Assert.Empty(parsed.GetDiagnostics());
        var value = (string)parsed.Token.Value!;
        Assert.Equal(DeflatedData.Chars(bytes), value.Length);
        var back = Enumerable.Range(0, bytes.Length).Select(i => (byte)((i & 1) == 0 ? value[i / 2] & 0xFF : value[i / 2] >> 8)).ToArray();
        Assert.Equal(bytes, back);
        Assert.All(literal[1..^1].Replace("\\u", string.Empty, StringComparison.Ordinal), c => Assert.True(
            (c >= ' ' && c <= '~' && c != '"') || (c >= '\u3400' && c <= '\u9fff') || (c >= '\uac00' && c <= '\ud7a3'),
            $"U+{(int)c:X4} stands unescaped"));
    }

    [Fact]
    public void A_kind_without_facts_inflates_to_no_data()
    {
        var deflated = DeflatedData.Compress(string.Empty);
        var value = (string)((LiteralExpressionSyntax)SyntaxFactory.ParseExpression(DeflatedData.Literal(deflated))).Token.Value!;

        Assert.Empty(FactDataReader.Inflate(value, deflated.Length));
        Assert.True(new FactDataReader(FactDataReader.Inflate(value, deflated.Length)).AtEnd);
    }

    [Theory]
    [InlineData("")]
    [InlineData("@deepseek\n=DeepSeek\n#2\n=en\n=DeepSeek\n=zh-Hant\n=深度求索")]
    public void Fact_data_comes_back_from_the_compiled_literal_byte_for_byte(string body)
    {
        var text = string.Concat(Enumerable.Repeat(body + "\n", 500));
        var deflated = DeflatedData.Compress(text);

        var value = (string)((LiteralExpressionSyntax)SyntaxFactory.ParseExpression(DeflatedData.Literal(deflated))).Token.Value!;

        Assert.Equal(Encoding.UTF8.GetBytes(text), FactDataReader.Inflate(value, deflated.Length));
        Assert.True(deflated.Length < Encoding.UTF8.GetByteCount(text) / 10 || body.Length == 0, $"{deflated.Length} bytes deflated");
    }
}
