namespace ForceSim.Reporting.Output;

/// <summary>
/// An output folder could not be used or written. <see cref="FolderUnusable"/> separates a folder the user must change
/// (not a folder, read-only, not allowed) from a fault that can pass (disk full, a file size limit, another run holding
/// the folder), so a front end can tell a script whether running the same command again can help.
/// </summary>
public sealed class OutputFaultException : IOException
{
    /// <param name="fault">What failed and why, naming the file and folder.</param>
    /// <param name="consequence">What the failure left behind (nothing written, checkpoints kept).</param>
    public OutputFaultException(string fault, string consequence, string folder, bool folderUnusable, Exception? innerException = null)
        : base(consequence.Length == 0 ? fault : $"{fault}; {consequence}", innerException)
    {
        Fault = fault;
        Folder = folder;
        FolderUnusable = folderUnusable;
    }

    public OutputFaultException()
    {
    }

    public OutputFaultException(string message)
        : base(message)
    {
        Fault = message;
    }

    public OutputFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
        Fault = message;
    }

    /// <summary>What failed and why, without what it left behind.</summary>
    public string Fault { get; } = "";

    /// <summary>The folder that could not be written (full path).</summary>
    public string Folder { get; } = "";

    /// <summary>True when the folder itself is wrong (the user must name another); false when the fault may pass.</summary>
    public bool FolderUnusable { get; }

    /// <summary>The same fault saying what it leaves behind: the caller (a checkpoint, a batch) knows that better than the writer.</summary>
    public OutputFaultException Leaving(string consequence) => new(Fault, consequence, Folder, FolderUnusable, InnerException);
}
