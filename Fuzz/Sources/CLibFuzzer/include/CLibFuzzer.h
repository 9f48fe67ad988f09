// libFuzzer's entry point for a program with its own main (libclang_rt.fuzzer_no_main, which
// scripts/fuzz.sh links): runs the fuzzing loop with the command line's options, calling
// `callback` with each input.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
