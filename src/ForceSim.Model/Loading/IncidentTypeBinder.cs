using ForceSim.Model.Distributions;
using ForceSim.Model.Scenarios;

namespace ForceSim.Model.Loading;

/// <summary>Binds an item of a force's <c>incident_types</c>.</summary>
internal static class IncidentTypeBinder
{
    public static IncidentType Bind(BindContext context, ValueNode item)
    {
        var defaults = new IncidentType { Id = "", Share = new Dictionary<Channel, double>(), OnSceneMinutes = Distribution.Constant(0) };
        var reader = MappingReader.Open(context, item.Node, item.Path);
        if (reader is null)
        {
            return defaults;
        }

        var id = reader.RequiredIdentifier("id");
        var share = Shares(reader);
        var grade = reader.Choice("grade", defaults.Grade, ScenarioNames.Grades);
        var crime = reader.Mapping("crime");
        var (crimeProbability, crimeClass) = Crime(crime);
        return new IncidentType
        {
            Id = id,
            Share = share,
            Grade = grade,
            CrimeProbability = crimeProbability,
            CrimeClass = crimeClass,
            AdditionalCrimes = crime is null ? [] : AdditionalCrimes(crime),
            VictimSupports = crime?.Number("victim_supports", defaults.VictimSupports, NumberRange.Probability) ?? defaults.VictimSupports,
            DisclosedCrime = reader.Mapping("disclosed_crime") is { } disclosed ? FurtherCrime(disclosed) : null,
            Vulnerability = reader.Number("vulnerability", defaults.Vulnerability, NumberRange.Probability),
            VictimShare = reader.Number("victim", crimeProbability, NumberRange.Probability),
            OnSceneMinutes = DistributionBinder.Required(reader, "on_scene_minutes"),
            Units = reader.Integer("units", defaults.Units, 1, 10),
        };
    }

    /// <summary><c>crime.additional</c>: up to four further crimes the incident may hold.</summary>
    private static List<FurtherCrime> AdditionalCrimes(MappingReader crime)
    {
        const int Most = 4;
        var items = crime.List("additional", required: false);
        if (items.Count > Most)
        {
            crime.Report("additional", $"lists {items.Count} further crimes; at most {Most} are allowed");
        }

        return [.. items.Take(Most).Select(item => MappingReader.Open(crime.Context, item.Node, item.Path)).OfType<MappingReader>().Select(FurtherCrime)];
    }

    /// <summary><c>{probability, class}</c> of a crime that is not the one reported.</summary>
    private static FurtherCrime FurtherCrime(MappingReader reader) => new()
    {
        Probability = reader.RequiredNumber("probability", NumberRange.Probability),
        Class = reader.RequiredText("class"),
    };

    /// <summary><c>share</c>: a weight per channel; channels left out get 0.</summary>
    private static Dictionary<Channel, double> Shares(MappingReader reader)
    {
        var shares = new Dictionary<Channel, double>();
        var shareReader = reader.RequiredMapping("share");
        foreach (var channel in ScenarioNames.Channels.Values)
        {
            shares[channel] = shareReader?.Number(ScenarioNames.Channels.NameOf(channel), 0, InputLimits.Weight) ?? 0;
        }

        return shares;
    }

    /// <summary><c>crime: {probability, class}</c>; the class is needed whenever the probability is above 0.</summary>
    private static (double Probability, string Class) Crime(MappingReader? crime)
    {
        if (crime is null)
        {
            return (0, "");
        }

        var probability = crime.Number("probability", 0, NumberRange.Probability);
        var crimeClass = crime.Text("class", "");
        if (probability > 0 && !crime.Has("class"))
        {
            crime.Context.Report(crime.Node, crime.Path, "missing required key 'class' (a crime probability above 0 needs a crime class)");
        }

        return (probability, crimeClass);
    }
}
