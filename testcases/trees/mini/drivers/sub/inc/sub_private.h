#define SUB_PRIVATE 1
