using YamlDotNet.RepresentationModel;

namespace ForceSim.Model.Loading;

/// <summary>A YAML value together with the key path it was found at.</summary>
internal readonly record struct ValueNode(YamlNode Node, string Path);
