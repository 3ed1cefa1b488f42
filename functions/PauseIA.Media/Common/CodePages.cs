using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace PauseIA.Media.Common;

/// <summary>
/// Mail and spreadsheets arrive in windows-1252, KOI8-R, ISO-8859-15, Shift_JIS…, and .NET knows
/// only UTF and Latin-1 until the code-page provider is registered. MimeKit looks charsets up as it
/// parses, before any of our code that could register it runs, so it is registered once, when this
/// assembly loads.
/// </summary>
internal static class CodePages
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "Encodings are process-wide and must exist before MimeKit parses the first email.")]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
