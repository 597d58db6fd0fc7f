/* the kernel forces compiler_types.h into every file */
