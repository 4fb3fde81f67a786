using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using ForceSim.Cluster.Tests.Support;
using ForceSim.Grains.Hosting;
using ForceSim.Grains.Security;

namespace ForceSim.Cluster.Tests.Security;

/// <summary>How a peer's certificate is judged, and how a cluster address with a password prints.</summary>
public sealed class PeerCertificateCheckTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TestCertificates _certificates;

    public PeerCertificateCheckTests() => _certificates = TestCertificates.Create(_folder.Path);

    [Fact]
    public void A_certificate_issued_by_the_CA_is_accepted_and_a_stranger_is_not()
    {
        using var ca = TlsCertificates.LoadCa(_certificates.CaPem);
        var check = new PeerCertificateCheck(ca, []);
        using var node = X509Certificate2.CreateFromPem(File.ReadAllText(_certificates.NodePem));
        using var stranger = X509Certificate2.CreateFromPem(File.ReadAllText(_certificates.StrangerPem));
        Assert.True(check.Accepts(node, null, SslPolicyErrors.RemoteCertificateChainErrors));
        Assert.False(check.Accepts(stranger, null, SslPolicyErrors.None));
    }

    [Fact]
    public void A_listed_thumbprint_is_accepted_in_any_case_and_spacing_and_nothing_else_is()
    {
        var spaced = string.Join(' ', _certificates.NodeSha256.ToLowerInvariant().Chunk(2).Select(c => new string(c)));
        var check = new PeerCertificateCheck(null, [spaced]);
        using var node = X509Certificate2.CreateFromPem(File.ReadAllText(_certificates.NodePem));
        using var stranger = X509Certificate2.CreateFromPem(File.ReadAllText(_certificates.StrangerPem));
        Assert.True(check.Accepts(node, null, SslPolicyErrors.None));
        Assert.False(check.Accepts(stranger, null, SslPolicyErrors.None));
    }

    [Fact]
    public void A_check_with_neither_CA_nor_thumbprint_cannot_be_made()
    {
        var e = Assert.Throws<ClusterSecurityException>(() => new PeerCertificateCheck(null, []));
        Assert.Contains("--tls-ca", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_address_with_a_password_prints_and_serialises_without_it()
    {
        const string password = "address-pw-91f0";
        var address = ClusterAddress.Parse("rediss://redis:6380/police") with
        {
            Security = new ClusterSecurity { RedisPassword = new Secret(password), RedisTls = true, RedisUser = "forcesim" },
        };
        Assert.Equal("rediss://redis:6380/police", address.ToString());
        foreach (var text in new[] { address.ToString(), address.Security.ToString(), $"{address}", JsonSerializer.Serialize(address), new ExperimentText(address).ToString() })
        {
            Assert.DoesNotContain(password, text, StringComparison.Ordinal);
        }

        Assert.Equal("redis-pw *** here", address.Security.Redact($"redis-pw {password} here"));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A record holding an address, as progress events do: its generated ToString prints the address's members.</summary>
    private sealed record ExperimentText(ClusterAddress Cluster);
}
