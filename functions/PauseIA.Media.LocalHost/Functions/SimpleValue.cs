using System.ComponentModel;
using System.Globalization;

namespace PauseIA.Media.LocalHost.Functions;

/// <summary>
/// The parameter types the host binds from binding data by name (route values, queue message
/// metadata): strings and the simple types a string converts to.
/// </summary>
internal static class SimpleValue
{
    public static bool IsSimple(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal)
            || underlying == typeof(Guid) || underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset) || underlying == typeof(TimeSpan)
            || underlying == typeof(DateOnly) || underlying == typeof(TimeOnly);
    }

    /// <summary>Converts <paramref name="value"/> to <paramref name="type"/>; a missing value becomes the type's default.</summary>
    /// <exception cref="FormatException">The value does not convert.</exception>
    public static object? Convert(object? value, Type type)
    {
        if (value is null || (value is string s && s.Length == 0 && type != typeof(string)))
        {
            return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
        }

        if (type.IsInstanceOfType(value))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var text = System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        try
        {
            return underlying.IsEnum
                ? Enum.Parse(underlying, text, ignoreCase: true)
                : TypeDescriptor.GetConverter(underlying).ConvertFromInvariantString(text);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or NotSupportedException or OverflowException)
        {
            throw new FormatException($"« {text} » n'est pas un {underlying.Name} valide. / Not a valid {underlying.Name}.", ex);
        }
    }
}
