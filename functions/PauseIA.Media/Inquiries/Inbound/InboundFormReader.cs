using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using PauseIA.Media.Common;

namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>Reads a multipart/form-data body into its fields and files, keeping field bytes as posted.</summary>
public static class InboundFormReader
{
    public static async Task<InboundForm> ReadAsync(byte[] body, string? contentType, CancellationToken cancellationToken = default)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw DomainException.BadRequest("Formulaire multipart/form-data attendu. / Expected multipart/form-data.");
        }

        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > 200)
        {
            throw DomainException.BadRequest("Délimiteur multipart manquant ou invalide. / Missing or invalid multipart boundary.");
        }

        var fields = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        var files = new List<InboundFormFile>();
        try
        {
            var reader = new MultipartReader(boundary, new MemoryStream(body, writable: false)) { BodyLengthLimit = body.Length };
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    throw DomainException.BadRequest("Partie du formulaire sans Content-Disposition form-data. / Part without form-data disposition.");
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                using var content = new MemoryStream();
                await section.Body.CopyToAsync(content, cancellationToken);
                if (disposition.IsFileDisposition())
                {
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? name;
                    files.Add(new InboundFormFile(name, fileName, section.ContentType, content.ToArray()));
                }
                else
                {
                    fields[name] = content.ToArray();
                }
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            throw DomainException.BadRequest($"Formulaire multipart illisible : {ex.Message} / Malformed multipart body.");
        }

        if (fields.Count == 0 && files.Count == 0)
        {
            throw DomainException.BadRequest("Formulaire vide. / Empty form.");
        }

        return new InboundForm(fields, files);
    }
}
