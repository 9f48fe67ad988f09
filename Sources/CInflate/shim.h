// zlib's inflate and crc32, for the bounded inflater of workbook parts.
#include <zlib.h>
