namespace ForceSim.Cli.Terminal;

/// <summary>Turns Ctrl+C into a cancellation, so long work stops cleanly and keeps what it finished.</summary>
public sealed class CancelOnCtrlC : IDisposable
{
    private readonly CancellationTokenSource _source;

    /// <param name="also">Another reason to stop (the command's own token), folded into <see cref="Token"/>.</param>
    public CancelOnCtrlC(CancellationToken also = default)
    {
        _source = CancellationTokenSource.CreateLinkedTokenSource(also);
        Console.CancelKeyPress += OnCancel;
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        _source.Dispose();
    }

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true;
        _source.Cancel();
    }
}
