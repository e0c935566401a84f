/* The C99 complex functions of Windows' ucrtbase.dll that Wine 8 only stubs, for the Wine
 * prefixes of the build and its test only (never shipped).
 *
 * NumPy 2 calls them at import ("unimplemented function ucrtbase.dll.crealf" aborts Python
 * otherwise).  installer/windows/wine-env.sh builds this into a ucrtbase.dll that forwards
 * every other export to Wine's own ucrtbase (copied as ucrtwine.dll) and loads it with
 * WINEDLLOVERRIDES=ucrtbase=n,b.  The types follow the Microsoft C library: long double is
 * double, and complex numbers are two-element structs (passed and returned as such).
 */
#include <windows.h>

typedef struct { float v[2]; } fcomplex;
typedef struct { double v[2]; } dcomplex;

double exp(double);
double log(double);
double sin(double);
double cos(double);
double sinh(double);
double cosh(double);
double atan2(double, double);
double hypot(double, double);

static dcomplex make(double re, double im) { dcomplex z = {{re, im}}; return z; }
static fcomplex narrow(dcomplex z) { fcomplex f = {{(float)z.v[0], (float)z.v[1]}}; return f; }
static dcomplex widen(fcomplex f) { return make(f.v[0], f.v[1]); }

static dcomplex d_exp(dcomplex z) { double e = exp(z.v[0]); return make(e * cos(z.v[1]), e * sin(z.v[1])); }
static dcomplex d_cosh(dcomplex z) { return make(cosh(z.v[0]) * cos(z.v[1]), sinh(z.v[0]) * sin(z.v[1])); }
static dcomplex d_sinh(dcomplex z) { return make(sinh(z.v[0]) * cos(z.v[1]), cosh(z.v[0]) * sin(z.v[1])); }
static dcomplex d_cos(dcomplex z) { return make(cos(z.v[0]) * cosh(z.v[1]), -sin(z.v[0]) * sinh(z.v[1])); }
static dcomplex d_sin(dcomplex z) { return make(sin(z.v[0]) * cosh(z.v[1]), cos(z.v[0]) * sinh(z.v[1])); }

static dcomplex d_tanh(dcomplex z)
{
    double d = cosh(2 * z.v[0]) + cos(2 * z.v[1]);
    return make(sinh(2 * z.v[0]) / d, sin(2 * z.v[1]) / d);
}

static dcomplex d_tan(dcomplex z)
{
    double d = cos(2 * z.v[0]) + cosh(2 * z.v[1]);
    return make(sin(2 * z.v[0]) / d, sinh(2 * z.v[1]) / d);
}

static dcomplex d_pow(dcomplex z, dcomplex w)
{
    double r = hypot(z.v[0], z.v[1]), t = atan2(z.v[1], z.v[0]), lr;
    if (r == 0)
        return (w.v[0] == 0 && w.v[1] == 0) ? make(1, 0) : make(0, 0);
    lr = log(r);
    return d_exp(make(w.v[0] * lr - w.v[1] * t, w.v[0] * t + w.v[1] * lr));
}

#define EXPORT __declspec(dllexport)
#define ALL_THREE(name, impl)                                                   \
    EXPORT dcomplex name(dcomplex z) { return impl(z); }                        \
    EXPORT dcomplex name##l(dcomplex z) { return impl(z); }                     \
    EXPORT fcomplex name##f(fcomplex z) { return narrow(impl(widen(z))); }

ALL_THREE(ccos, d_cos)
ALL_THREE(ccosh, d_cosh)
ALL_THREE(cexp, d_exp)
ALL_THREE(csin, d_sin)
ALL_THREE(csinh, d_sinh)
ALL_THREE(ctan, d_tan)
ALL_THREE(ctanh, d_tanh)

EXPORT dcomplex cpow(dcomplex z, dcomplex w) { return d_pow(z, w); }
EXPORT dcomplex cpowl(dcomplex z, dcomplex w) { return d_pow(z, w); }
EXPORT fcomplex cpowf(fcomplex z, fcomplex w) { return narrow(d_pow(widen(z), widen(w))); }

EXPORT float cabsf(fcomplex z) { return (float)hypot(z.v[0], z.v[1]); }
EXPORT double cabsl(dcomplex z) { return hypot(z.v[0], z.v[1]); }
EXPORT double carg(dcomplex z) { return atan2(z.v[1], z.v[0]); }
EXPORT double cargl(dcomplex z) { return atan2(z.v[1], z.v[0]); }
EXPORT float cargf(fcomplex z) { return (float)atan2(z.v[1], z.v[0]); }
EXPORT double cimag(dcomplex z) { return z.v[1]; }
EXPORT double cimagl(dcomplex z) { return z.v[1]; }
EXPORT float cimagf(fcomplex z) { return z.v[1]; }
EXPORT float crealf(fcomplex z) { return z.v[0]; }
EXPORT double creall(dcomplex z) { return z.v[0]; }

/* Called on an invalid argument to a C library function: Windows ends the process. */
EXPORT void _invoke_watson(const wchar_t *e, const wchar_t *f, const wchar_t *file,
                           unsigned int line, UINT_PTR reserved)
{
    (void)e; (void)f; (void)file; (void)line; (void)reserved;
    TerminateProcess(GetCurrentProcess(), 0xC0000417); /* STATUS_INVALID_CRUNTIME_PARAMETER */
}

BOOL WINAPI DllMainCRTStartup(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)instance; (void)reason; (void)reserved;
    return TRUE;
}
