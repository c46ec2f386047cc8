#include "report/xlsxwriterlibrary.h"

#ifdef AKIM_XLSXWRITER_SONAME
#include <dlfcn.h>
#endif

namespace akim::report {
namespace {

struct Loaded
{
    XlsxWriterLibrary library;
    QString error; // empty once loaded
};

Loaded load()
{
    Loaded loaded;
#ifdef AKIM_XLSXWRITER_SONAME
    const char *soname = AKIM_XLSXWRITER_SONAME;
    // Never closed: the functions stay valid for the life of the process.
    void *handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
    if (!handle) {
        loaded.error = XlsxWriterLibrary::tr("libxlsxwriter (%1) cannot be loaded: %2")
                           .arg(QString::fromLatin1(soname), QString::fromLocal8Bit(dlerror()));
        return loaded;
    }
#define AKIM_XLSXWRITER_RESOLVE(name)                                                              \
    loaded.library.name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name));               \
    if (!loaded.library.name) {                                                                    \
        loaded.error = XlsxWriterLibrary::tr("libxlsxwriter (%1) has no function %2.")             \
                           .arg(QString::fromLatin1(soname), QStringLiteral(#name));               \
        return loaded;                                                                             \
    }
    AKIM_XLSXWRITER_FUNCTIONS(AKIM_XLSXWRITER_RESOLVE)
#undef AKIM_XLSXWRITER_RESOLVE
#else
#define AKIM_XLSXWRITER_LINKED(name) loaded.library.name = &::name;
    AKIM_XLSXWRITER_FUNCTIONS(AKIM_XLSXWRITER_LINKED)
#undef AKIM_XLSXWRITER_LINKED
#endif
    return loaded;
}

} // namespace

const XlsxWriterLibrary *XlsxWriterLibrary::get(QString *error)
{
    static const Loaded loaded = load(); // thread-safe, once
    if (!loaded.error.isEmpty()) {
        if (error)
            *error = loaded.error;
        return nullptr;
    }
    return &loaded.library;
}

} // namespace akim::report
