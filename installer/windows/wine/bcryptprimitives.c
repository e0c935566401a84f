/* Stand-in for Windows' bcryptprimitives.dll, for the Wine build prefix only (never shipped).
 *
 * Programs written in Rust (pydantic-core, which SQLModel needs) take random numbers from
 * ProcessPrng in bcryptprimitives.dll, which every Windows 10 has and Wine 8 does not.  This
 * DLL answers it from RtlGenRandom (advapi32's SystemFunction036), which Wine has.  Built by
 * installer/windows/wine-env.sh with x86_64-w64-mingw32-gcc; see installer/README.md.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
