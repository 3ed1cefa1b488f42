using System.Globalization;
using System.Text.RegularExpressions;

namespace PauseIA.Media.Inquiries.Reading;

/// <summary>
/// An inquiry is urgent when its deadline is within <see cref="Window"/> of its arrival (or already
/// past), when the journalist says so (<c>urgent</c>, <c>ASAP</c>, <c>au plus vite</c>, <c>breaking</c>),
/// when it is about a live broadcast (<c>en direct</c>, <c>live</c>), or when the mail is flagged
/// (<c>Importance: high</c>, <c>X-Priority: 1</c> or <c>2</c>). A negated word (<c>pas urgent</c>,
/// <c>not urgent</c>) does not count, nor does quoted history.
/// </summary>
public sealed partial class UrgencyAssessor
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(6);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A stateless service injected as a singleton.")]
    public UrgencyAssessment Assess(string subject, string body, string? importanceHeader, string? priorityHeader, DeadlineMatch? deadline, DateTimeOffset receivedAt)
    {
        var reasons = new List<string>();
        if (deadline is not null && deadline.Utc - receivedAt <= Window)
        {
            var left = deadline.Utc - receivedAt;
            reasons.Add(left <= TimeSpan.Zero
                ? "échéance dépassée / deadline passed"
                : $"échéance dans {Duration(left)} / deadline in {Duration(left)}");
        }

        var text = (subject ?? "") + "\n" + InquiryText.Own(body, subject);
        var folded = InquiryText.Fold(text.Length > InquiryText.MaxLength ? text[..InquiryText.MaxLength] : text);
        var keywords = Keywords().Matches(folded).Where(m => !IsNegated(folded, m.Index)).Select(m => text.Substring(m.Index, m.Length));
        reasons.AddRange(keywords.DistinctBy(k => k.ToLowerInvariant()).Select(k => $"« {k} »"));

        if (importanceHeader?.Trim().Equals("high", StringComparison.OrdinalIgnoreCase) == true)
        {
            reasons.Add("Importance: high");
        }

        if (HighPriority(priorityHeader) is { } priority)
        {
            reasons.Add(priority);
        }

        return reasons.Count == 0 ? UrgencyAssessment.NotUrgent : new UrgencyAssessment(true, string.Join("; ", reasons));
    }

    // X-Priority is 1 (highest) to 5, often followed by a word ("1 (Highest)"); "Priority: urgent"
    // (RFC 2156) may come through the same argument. The reason repeats only the known part of the value.
    private static string? HighPriority(string? header)
    {
        var value = header?.Trim() ?? "";
        return value.StartsWith('1') || value.StartsWith('2') ? $"X-Priority: {value[0]}"
            : value.Equals("urgent", StringComparison.OrdinalIgnoreCase) || value.Equals("high", StringComparison.OrdinalIgnoreCase) ? $"Priority: {value.ToLowerInvariant()}"
            : null;
    }

    private static string Duration(TimeSpan span) =>
        span.TotalHours >= 1 ? string.Format(CultureInfo.InvariantCulture, "{0} h {1:00}", (int)span.TotalHours, span.Minutes) : $"{Math.Max(1, (int)span.TotalMinutes)} min";

    private static bool IsNegated(string folded, int index)
    {
        var before = folded.AsSpan(Math.Max(0, index - 20), Math.Min(20, index));
        return Negation().IsMatch(before);
    }

    // "live" as an adjective or an adverb ("live interview", "en live", "going live"), not the verb ("we live in").
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(urgent|urgente|urgents|urgentes|urgemment|en direct|asap|au plus vite|des que possible|as soon as possible|breaking|derniere minute|last[- ]minute|(?<!\b(?:i|we|you|they|to|people|who) )live(?! (?:in|with|by|on|up|through|for|like)\b))(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Keywords();

    [GeneratedRegex(@"(\b(pas|non|not|no|rien d'|sans|nothing)( tres| vraiment| very| really| so)?[ -]?|n'est pas |isn't )$", RegexOptions.CultureInvariant)]
    private static partial Regex Negation();
}
