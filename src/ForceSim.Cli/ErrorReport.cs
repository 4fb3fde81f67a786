using ForceSim.Experiments;
using ForceSim.Reporting.Output;

namespace ForceSim.Cli;

/// <summary>
/// Turns any exception that reaches the top into one clear message and an exit code; users never see a
/// stack trace. Failures inside parallel replications arrive wrapped, so they are unwrapped first.
/// </summary>
public static class ErrorReport
{
    public static int Print(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var e = Unwrap(exception);
        switch (e)
        {
            case InvalidRequestException:
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.BadInput;
            case OperationCanceledException:
                Console.Error.WriteLine("cancelled");
                return ExitCodes.Cancelled;
            case OutputFaultException fault:
                Console.Error.WriteLine($"error: {fault.Message}");
                return fault.FolderUnusable ? ExitCodes.BadInput : ExitCodes.OutputFault;
            case IOException or UnauthorizedAccessException:
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Failure;
            default:
                Console.Error.WriteLine($"error: {e.Message} ({e.GetType().Name}; please report this)");
                return ExitCodes.Failure;
        }
    }

    private static Exception Unwrap(Exception exception)
    {
        while (exception is AggregateException aggregate && aggregate.InnerExceptions.Count > 0)
        {
            exception = aggregate.Flatten().InnerExceptions[0];
        }

        return exception;
    }
}
