/* rl_game.h - RlGym's interface between its own files of libnethack_game.so (not part of NetHack). */
#ifndef RL_GAME_H
#define RL_GAME_H
#include <stdint.h>
#include <stddef.h>

/* What rlnh_start and rlnh_step report. */
#define RLNH_WAITING 0 /* the game waits for a key */
#define RLNH_ENDED 1   /* the game is over (it called exit) */
#define RLNH_ABORTED 2 /* the game panicked or aborted */
#define RLNH_SIGNALLED 100 /* 100 + n: the guard stopped the game on signal n (a hang or a crash in its own code) */

/* The fields of a guard slot the game keeps up to date (native/nethack/guard.c, struct rlgym_nh_guard, starts with
   the same fields): the environment's guard reads them to tell which game a signal interrupted. */
struct rlnh_guard {
    volatile int in_step;
    volatile int busy;
    volatile unsigned long thread; /* pthread_t */
    volatile uint64_t steps;
};
extern struct rlnh_guard *rl_guard;
/* Bookkeeping the guard must not cut short (allocations, open files): the game is not stopped inside it. */
#define RL_BUSY_BEGIN() do { if (rl_guard) rl_guard->busy++; } while (0)
#define RL_BUSY_END() do { if (rl_guard) rl_guard->busy--; } while (0)

/* NLE's observation, each pointer optional (NULL: not asked for). */
typedef struct rlnh_observation {
    int16_t *glyphs;              /* 21 x 79 */
    uint8_t *chars;               /* 21 x 79 */
    uint8_t *colors;              /* 21 x 79 */
    uint8_t *specials;            /* 21 x 79 */
    int64_t *blstats;             /* 27 */
    uint8_t *message;             /* 256 */
    int16_t *inv_glyphs;          /* 55 */
    uint8_t *inv_letters;         /* 55 */
    uint8_t *inv_oclasses;        /* 55 */
    uint8_t *inv_strs;            /* 55 x 80 */
    uint8_t *screen_descriptions; /* 21 x 79 x 80 */
    int32_t *program_state;       /* 6 */
    int32_t *internal;            /* 9 */
    int32_t *misc;                /* 3 */
} rlnh_observation;

/* rl_wrap.c: the game's allocations and files, released by rl_wrap_release. */
void rl_wrap_release(void);
void rl_wrap_configure(const char *dir, const char *options, int64_t clock);
extern int rl_game_exit_status;
void rl_game_leave(int status) __attribute__((noreturn));

/* rl_winport.c */
void rl_winport_install(void);
void rl_winport_clear(void);
void rl_winport_observe(const rlnh_observation *obs);
void rl_winport_new_step(void);
int rl_winport_describe(int on);
void rl_winport_release(void);
void rl_winport_describe_now(const uint8_t *which, uint8_t *out);
extern uint8_t *rl_descriptions; /* kept across rlnh_reset, like the game's stack */
#endif
