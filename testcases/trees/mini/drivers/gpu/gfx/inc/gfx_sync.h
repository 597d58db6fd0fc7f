#define GFX_SYNC 1
