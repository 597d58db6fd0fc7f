#define BIG_INCLUDE 1
