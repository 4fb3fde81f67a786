using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace ForceSim.Engine.Calendar;

/// <summary>
/// Asks the processor to start fetching an object the loop will need soon. A hint only: nothing is read or written
/// through the address, so an object the collector has just moved costs a wasted fetch, never a wrong result; on a
/// processor without the instruction it does nothing.
/// </summary>
internal static class CacheHint
{
    /// <summary>The object's first three cache lines (a contact's fields the next event reads).</summary>
    public static unsafe void Prefetch(object target)
    {
        if (Sse.IsSupported)
        {
            var address = (byte*)Unsafe.As<object, nint>(ref target);
            Sse.Prefetch0(address);
            Sse.Prefetch0(address + 64);
            Sse.Prefetch0(address + 128);
        }
    }
}
