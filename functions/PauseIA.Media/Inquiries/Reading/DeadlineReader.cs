using System.Text.RegularExpressions;

namespace PauseIA.Media.Inquiries.Reading;

/// <summary>
/// Reads a journalist's deadline from the subject and what they wrote (quotes left out), in French
/// or English, and resolves it against the mail's <c>Date</c> in the stated or default time zone.
/// </summary>
/// <remarks>
/// Rules, in the order they apply:
/// <list type="bullet">
/// <item>A time is a deadline only with a cue: right before it (<c>avant</c>, <c>d'ici</c>, <c>pour</c>,
/// <c>by</c>, <c>before</c>, <c>no later than</c>), a few words before it in the same sentence
/// (<c>deadline</c>, <c>bouclage</c>, <c>délai</c>, <c>besoin</c>, <c>répondre</c>, <c>need</c>, <c>confirm</c>),
/// or right after it (<c>au plus tard</c>, <c>dernier délai</c>, <c>at the latest</c>, <c>max</c>).
/// <c>end of day</c>, <c>fin de journée</c>, <c>COB</c>, <c>sous 24h</c>, <c>within 2 hours</c> are cues by themselves.
/// A bare time (<c>l'émission est diffusée à 20h</c>, <c>15h me convient</c>) is when something
/// happens, not a deadline, and is ignored; so is <c>jusqu'au</c>/<c>until</c> (an absence, an availability).</item>
/// <item>Parts of the day stand for their latest working time: morning 12:00, afternoon and end of day
/// 18:00, evening and tonight 20:00, midnight the start of the next day. A day alone
/// (<c>demain</c>, <c>by Friday</c>, <c>4 décembre</c>) means 18:00 that day.</item>
/// <item>A time without a day that has passed when the mail was sent is the next day's
/// (<c>avant 9h</c> sent at 15:00). A weekday is its next occurrence still to come; a date without a
/// year is the next one to come. Numeric dates are day first (<c>4/12</c> is 4 December).</item>
/// <item>Without am/pm, 1h–5h are afternoon hours unless the morning is said.</item>
/// <item><c>CET</c>/<c>CEST</c>/<c>heure de Paris</c> mean Paris time as the clocks show it that day
/// (so <c>3pm CET</c> in July is 15:00 CEST); <c>GMT</c>, <c>BST</c>, <c>UK time</c> mean London's clocks;
/// <c>ET</c>, <c>PT</c> New York's and Los Angeles's. Abbreviations count in capitals only.</item>
/// <item>The subject of a reply or forward (<c>Re:</c>, <c>TR:</c>) is left out: it was written for an earlier message.</item>
/// <item>Of all the deadlines read, the earliest still to come is returned: <c>bouclage ce soir à 18h,
/// idéalement avant 16h</c> gives 16:00. Deadlines already past when the mail was sent are ignored.</item>
/// </list>
/// </remarks>
public sealed partial class DeadlineReader
{
    /// <summary>Deadlines are stated near the top; what follows a long body is pasted material.</summary>
    private const int MaxScannedLength = 20_000;

    /// <summary>Beyond this, a "deadline" is a date mentioned for another reason.</summary>
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(366);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A stateless service injected as a singleton.")]
    public DeadlineMatch? Read(string subject, string body, DateTimeOffset sentAt, string? defaultTimeZone = null)
    {
        // A reply's or forward's subject was written for an earlier message: its "ce soir" is not tonight.
        var ownSubject = InquiryText.IsReplyOrForwardSubject(subject) ? "" : subject ?? "";
        var text = InquiryText.Flatten(ownSubject + "\n\n" + InquiryText.Own(body, subject));
        if (text.Length > MaxScannedLength)
        {
            text = text[..MaxScannedLength];
        }

        var folded = InquiryText.Fold(text);
        var tokens = DeadlineLexicon.Tokenize(folded, text);
        var defaultZone = TimeZones.Find(defaultTimeZone) ?? TimeZones.Default;

        DeadlineMatch? best = null;
        foreach (var group in Groups(tokens, folded))
        {
            var span = CuedSpan(group, tokens, folded);
            if (span is null)
            {
                continue;
            }

            var zone = TimeZones.Find(group.Zone?.TimeZoneId) ?? defaultZone;
            var instant = Resolve(group, sentAt, zone);
            if (instant is { } utc && utc > sentAt && utc - sentAt <= Horizon && (best is null || utc < best.Utc))
            {
                best = new DeadlineMatch(utc.ToUniversalTime(), Phrase(text, span.Value.Start, span.Value.End), zone.Id);
            }
        }

        return best;
    }

    private static DateTimeOffset? Resolve(DeadlineGroup group, DateTimeOffset sentAt, TimeZoneInfo zone)
    {
        try
        {
            return group.Resolve(sentAt, zone);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A sending date at the edge of the calendar (year 1 or 9999) has no day after it.
            return null;
        }
    }

    private static IEnumerable<DeadlineGroup> Groups(List<DeadlineToken> tokens, string folded)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!DeadlineGroup.CanStartWith(tokens[i]))
            {
                continue;
            }

            var group = new DeadlineGroup(tokens[i], i);
            var j = i + 1;
            while (j < tokens.Count && GroupGap().IsMatch(Between(folded, tokens[j - 1], tokens[j])))
            {
                if (tokens[j].IsTemporal && group.TryAdd(tokens[j], j))
                {
                    j++;
                }
                else if (IsInnerCue(tokens, j, folded, group) && group.TryAdd(tokens[j + 1], j + 1))
                {
                    // "demain avant 10h", "Friday by 3pm": the cue sits between the day and the time.
                    group.HasInnerCue = true;
                    j += 2;
                }
                else
                {
                    break;
                }
            }

            yield return group;
            i = group.LastIndex;
        }
    }

    private static bool IsInnerCue(List<DeadlineToken> tokens, int j, string folded, DeadlineGroup group) =>
        tokens[j] is CueToken { Roles: var roles } && roles.HasFlag(CueRoles.Before) && group.HasDayOnly
        && j + 1 < tokens.Count && tokens[j + 1] is TimeToken or PartToken
        && GroupGap().IsMatch(Between(folded, tokens[j], tokens[j + 1]));

    /// <summary>The span from the cue to the end of the expression, or null when nothing makes it a deadline.</summary>
    private static (int Start, int End)? CuedSpan(DeadlineGroup group, List<DeadlineToken> tokens, string folded)
    {
        var cued = group.HasInnerCue || group.IsDeadlineIdiom;
        int start = group.Start, end = group.End;

        if (group.FirstIndex > 0 && tokens[group.FirstIndex - 1] is CueToken before && IsCueRightBefore(before, group, folded))
        {
            (cued, start) = (true, before.Start);
        }
        else if (!cued && NearCueBefore(group, tokens, folded) is { } near)
        {
            (cued, start) = (true, near.Start);
        }

        if (group.LastIndex + 1 < tokens.Count && tokens[group.LastIndex + 1] is CueToken after && !StartsNextExpression(tokens, group.LastIndex + 1, folded))
        {
            var gap = folded.AsSpan(group.End, after.Start - group.End);
            if ((after.Roles.HasFlag(CueRoles.After) && AfterGap().IsMatch(gap)) || (after.Roles.HasFlag(CueRoles.NearAfter) && IsNear(gap, maxWords: 4)))
            {
                (cued, end) = (true, after.End);
            }
        }

        return cued ? (start, end) : null;
    }

    private static bool IsCueRightBefore(CueToken cue, DeadlineGroup group, string folded) =>
        cue.Roles.HasFlag(CueRoles.Before)
        && BeforeGap().IsMatch(folded.AsSpan(cue.End, group.Start - cue.End))
        && !Thanks().IsMatch(folded.AsSpan(Math.Max(0, cue.Start - 20), Math.Min(20, cue.Start)));

    /// <summary>The nearest deadline word a few words before, reaching back over a chain of them ("délai de réponse :").</summary>
    private static CueToken? NearCueBefore(DeadlineGroup group, List<DeadlineToken> tokens, string folded)
    {
        for (var k = group.FirstIndex - 1; k >= 0 && !tokens[k].IsTemporal; k--)
        {
            if (tokens[k] is CueToken cue && cue.Roles.HasFlag(CueRoles.Near))
            {
                if (!IsNear(folded.AsSpan(cue.End, group.Start - cue.End), maxWords: 8))
                {
                    return null;
                }

                while (k > 0 && tokens[k - 1] is CueToken { Roles: var roles } earlier && roles.HasFlag(CueRoles.Near)
                    && IsNear(folded.AsSpan(earlier.End, cue.Start - earlier.End), maxWords: 2))
                {
                    cue = earlier;
                    k--;
                }

                return cue;
            }
        }

        return null;
    }

    // "au plus tard" after one time may open the next: "avant 16h, au plus tard 17h".
    private static bool StartsNextExpression(List<DeadlineToken> tokens, int cueIndex, string folded) =>
        ((CueToken)tokens[cueIndex]).Roles.HasFlag(CueRoles.Before) && cueIndex + 1 < tokens.Count && tokens[cueIndex + 1].IsTemporal
        && BeforeGap().IsMatch(Between(folded, tokens[cueIndex], tokens[cueIndex + 1]));

    private static bool IsNear(ReadOnlySpan<char> gap, int maxWords) =>
        gap.Length <= 60 && gap.IndexOfAny(".!?;\n") < 0 && gap.Count(' ') <= maxWords + 1;

    private static string Between(string folded, DeadlineToken left, DeadlineToken right) => folded[left.End..right.Start];

    /// <summary>
    /// The words as written, without the sentence's full stop ("by 4 Dec." but "4 p.m."); a parenthesis
    /// opened in them is closed if the mail closes it next.
    /// </summary>
    private static string Phrase(string text, int start, int end)
    {
        var phrase = text[start..end];
        if (phrase.EndsWith('.') && !phrase.EndsWith(".m.", StringComparison.OrdinalIgnoreCase))
        {
            phrase = phrase[..^1];
        }

        if (phrase.Count(c => c == '(') > phrase.Count(c => c == ')') && end < text.Length && text[end] == ')')
        {
            phrase += ")";
        }

        return phrase;
    }

    // The gaps end in \z, not $: $ also matches before a final line break, which joined a cue ending one
    // paragraph (or the subject) to a time opening the next.

    // Between the words of one expression: "jeudi à 15h", "3pm CET tomorrow (Thursday)", "8h du soir".
    [GeneratedRegex(@"^(?:[ ,()/-]|\b(?:a|at|le|la|on|the|du|de|en|in|of|vers|around|about|dans|this|ce|cette|next)\b|l'|d')*\z", RegexOptions.CultureInvariant)]
    private static partial Regex GroupGap();

    // Between a cue and its expression: "avant le 4 décembre", "by this Friday", "deadline: ".
    [GeneratedRegex(@"^(?:[ ,:()-]|\b(?:le|la|ce|cette|the|this|next|on|a|at|of|en|in|notre|our)\b|l')*\z", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeGap();

    [GeneratedRegex(@"^[ ,()-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex AfterGap();

    // "Thanks for today", "merci pour demain": gratitude, not a deadline.
    [GeneratedRegex(@"\b(thanks|thank you|merci( beaucoup)?) $", RegexOptions.CultureInvariant)]
    private static partial Regex Thanks();
}
