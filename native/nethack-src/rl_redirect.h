/* rl_redirect.h - RlGym's own header, included first (-include) into every NetHack source file compiled for
 * libnethack_game.so (never into RlGym's own files). It changes, by name, what the game's terminal code talks to:
 *   - stdout, putchar, puts, printf: the tty window port's drawing goes to rlnh_out, an in-memory stream that the
 *     environment reads after each step (the bytes a terminal would have received) instead of the process's stdout
 *     (putchar without the stream's lock: only the thread that steps the game uses the stream);
 *   - getchar (the tty port's tgetch, see unixconf.h): a key request returns control to the environment, which
 *     resumes the game with the agent's key.
 *   - SYSCF_FILE (build.sh defines it as rlnh_sysconf_path): the system configuration file is read from the
 *     library's data folder by its full path, not from the process's working directory.
 * Everything else of the game is compiled as it is upstream. */
#ifndef RL_REDIRECT_H
#define RL_REDIRECT_H
#include <stdio.h>

extern FILE *rlnh_out;
extern int rlnh_getchar(void);
extern int rlnh_puts(const char *s);
extern char rlnh_sysconf_path[];

#undef stdout
#define stdout rlnh_out
#undef putchar
#define putchar(c) putc_unlocked((c), rlnh_out) /* one game a copy, on one thread at a time: no lock a byte */
#undef getchar
#define getchar() rlnh_getchar()
#define puts(s) rlnh_puts(s)
#define printf(...) fprintf(rlnh_out, __VA_ARGS__)
#endif
