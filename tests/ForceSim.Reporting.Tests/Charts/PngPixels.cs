using SkiaSharp;

namespace ForceSim.Reporting.Tests.Charts;

/// <summary>Decodes a PNG and counts what is drawn: distinct colours, non-white pixels and dark (text-coloured) pixels in a region.</summary>
internal sealed class PngPixels
{
    private readonly SKColor[] _pixels;

    public PngPixels(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a decodable image");
        Width = bitmap.Width;
        Height = bitmap.Height;
        _pixels = bitmap.Pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public int DistinctColours => _pixels.Distinct().Count();

    /// <summary>Share of pixels that are not (near) white.</summary>
    public double InkShare => (double)_pixels.Count(p => p.Red < 235 || p.Green < 235 || p.Blue < 235) / _pixels.Length;

    /// <summary>Near-black pixels (as text is drawn) in the rectangle [x0, x1) × [y0, y1).</summary>
    public int DarkPixels(int x0, int y0, int x1, int y1)
    {
        var count = 0;
        for (var y = y0; y < Math.Min(y1, Height); y++)
        {
            for (var x = x0; x < Math.Min(x1, Width); x++)
            {
                var p = _pixels[(y * Width) + x];
                if (p.Red < 90 && p.Green < 90 && p.Blue < 90 && p.Alpha > 200)
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Dark pixels in the title band: the top 45 pixels, middle 80% of the width.</summary>
    public int DarkPixelsInTitle => DarkPixels(Width / 10, 0, Width * 9 / 10, 45);
}
