using Microsoft.AspNetCore.Http;
using PauseIA.Media.Contacts;
using PauseIA.Media.Functions.Http;

namespace PauseIA.Media.Functions.Contacts;

/// <summary>The list's filters as the list and the export take them from the query string.</summary>
internal static class ContactFilterQuery
{
    /// <summary><c>?q=&amp;beat=&amp;mediaType=&amp;city=&amp;language=&amp;outlet=&amp;owner=&amp;optedOut=&amp;bounced=&amp;reviewDue=</c>; lists repeat or use commas.</summary>
    public static ContactFilter ContactFilter(this HttpRequest request) => new()
    {
        Text = request.QueryText("q"),
        Beats = request.QueryList("beat"),
        MediaTypes = request.QueryList("mediaType").Select(MediaTypes.Parse).ToList(),
        Cities = request.QueryList("city"),
        Languages = request.QueryList("language"),
        Outlets = request.QueryList("outlet"),
        Owners = request.QueryList("owner"),
        OptedOut = request.QueryBool("optedOut"),
        HardBounced = request.QueryBool("bounced"),
        ReviewDue = request.QueryBool("reviewDue"),
    };
}
