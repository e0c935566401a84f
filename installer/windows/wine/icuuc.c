/* Stand-in for Windows' icuuc.dll, for the Wine build prefix only (never shipped).
 *
 * Qt6Core.dll imports these ICU converter functions from the icuuc.dll that Windows 10 1903
 * and later carry in System32; Wine has no such DLL, so PySide6 would not load at all.  This
 * stub offers no converters: Qt then knows only its built-in codecs (UTF-8/16/32, Latin-1,
 * the system code page), which is all the app uses.  Built by installer/windows/wine-env.sh with
 * x86_64-w64-mingw32-gcc; see installer/README.md.
 */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)
#define U_FILE_ACCESS_ERROR 4

EXPORT void *ucnv_open(const char *name, int *error)
{
    (void)name;
    if (error)
        *error = U_FILE_ACCESS_ERROR;
    return NULL;
}

EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT const char *ucnv_getStandardName(const char *n, const char *s, int *e) { (void)n; (void)s; (void)e; return NULL; }
EXPORT const char *ucnv_getName(const void *c, int *e) { (void)c; (void)e; return NULL; }
EXPORT void ucnv_close(void *c) { (void)c; }
EXPORT void ucnv_reset(void *c) { (void)c; }
EXPORT int8_t ucnv_getMaxCharSize(const void *c) { (void)c; return 1; }
EXPORT int32_t ucnv_fromUCountPending(const void *c, int *e) { (void)c; (void)e; return 0; }
EXPORT int32_t ucnv_toUCountPending(const void *c, int *e) { (void)c; (void)e; return 0; }
EXPORT void ucnv_fromUnicode(void) {}
EXPORT void ucnv_toUnicode(void) {}
EXPORT void ucnv_getFromUCallBack(void) {}
EXPORT void ucnv_getToUCallBack(void) {}
EXPORT void ucnv_setFromUCallBack(void) {}
EXPORT void ucnv_setToUCallBack(void) {}
EXPORT void ucnv_cbFromUWriteUChars(void) {}
EXPORT void ucnv_cbToUWriteUChars(void) {}
