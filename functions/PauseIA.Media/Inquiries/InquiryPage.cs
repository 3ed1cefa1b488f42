using System.Buffers.Text;
using System.Text;
using System.Text.RegularExpressions;
using PauseIA.Media.Common;

namespace PauseIA.Media.Inquiries;

/// <summary>A page of inquiries in the inbox's order, and the token that reads the next (null on the last page).</summary>
public sealed partial record InquiryPage(IReadOnlyList<Inquiry> Items, string? Continuation)
{
    public static string Token(string sortKey) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(sortKey));

    /// <summary>The sort key a token stands for; a token that is not one of ours is a 400.</summary>
    public static string SortKeyOf(string token)
    {
        try
        {
            var sortKey = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            if (SortKeyPattern().IsMatch(sortKey))
            {
                return sortKey;
            }
        }
        catch (FormatException)
        {
            // Falls through to the 400 below.
        }

        throw DomainException.BadRequest("Jeton de suite invalide. / Invalid continuation token.");
    }

    [GeneratedRegex(@"^\d{19}(\|\d{19}\|[A-Za-z0-9-]{1,40})?$")]
    private static partial Regex SortKeyPattern();
}
