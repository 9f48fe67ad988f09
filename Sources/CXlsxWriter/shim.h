// Only the public header: an umbrella over the include folder would pull in
// packager.h → zlib.h, which libxlsxwriter-dev does not bring on a clean machine.
#include <xlsxwriter.h>
