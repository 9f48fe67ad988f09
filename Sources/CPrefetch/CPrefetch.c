// The prefetch hint is an inline function in the header; SwiftPM needs one source file.
#include "CPrefetch.h"
