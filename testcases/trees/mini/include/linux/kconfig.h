/* forced into every file, like the kernel's own kconfig.h */
#include "../../../../kernel.h"
#define IS_ENABLED(option) 1
